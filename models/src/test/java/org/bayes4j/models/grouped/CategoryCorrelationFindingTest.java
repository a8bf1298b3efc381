package org.bayes4j.models.grouped;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Backends;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.junit.jupiter.api.Test;

/**
 * The finding of MODELS.md §3: the Dirichlet-multinomial can only make
 * categories compete, the logistic-normal model lets two rise together.
 *
 * <p>Data: 50 groups of about 100 trials simulated by model 2 with effect
 * sds (1, 1), correlation 0.95 and mu = (-1.5, -1.5) (seed 7): categories 1
 * and 2 are minor ones that rise and fall together, so their shares
 * {@code n_gk / N_g} are positively correlated across groups. (Shares, not
 * raw counts: the trials N_g vary, which alone would correlate every pair of
 * raw counts positively. For fixed N the DM correlation of counts and of
 * shares is the same, {@code -sqrt(p_i p_j / ((1 - p_i)(1 - p_j)))}.)
 *
 * <p>Each model is fitted (NUTS, 2 chains x (300 + 300)); for 200 posterior
 * draws the compiled model's posterior predictive replicates all counts, and
 * the correlation of shares is computed for each pair of categories. Criteria:
 * under the DM every pair's mean replicated correlation is negative, and at
 * most 1% of the replicated correlations of categories 1 and 2 reach the
 * observed one (posterior predictive p-value); under model 2 the replicated
 * correlation of 1 and 2 is positive on average and every pair's observed
 * correlation lies inside the central 95% of its replicates.
 */
class CategoryCorrelationFindingTest {

    private static final int[][] PAIRS = {{0, 1}, {0, 2}, {1, 2}};
    private static final int REPLICATES = 200;

    @Test
    void dirichletMultinomialCannotReproduceAPositiveCorrelationButTheLogisticNormalCan() {
        ModelProvider logisticNormal = Providers.named("grouped-multinomial-noncentered");
        ModelData data = logisticNormal.simulate(RandomSource.SPLIT_MIX_64.create(7), Map.of("groups", 50, "trials", 100),
                Map.of("L", CholeskyFactors.fromScalesAndCorrelation(new double[] {1, 1}, 0.95), "mu", new double[] {-1.5, -1.5})).data();
        GroupedCounts counts = GroupedCounts.read(data);
        double[] observed = shareCorrelations(counts.counts(), counts.trials(), 3);
        assertTrue(observed[2] > 0.3, "the simulated data must have positively correlated shares of 1 and 2: " + observed[2]);

        double[][] dm = replicatedCorrelations(Providers.named("dirichlet-multinomial"), data, counts);
        double[][] ln = replicatedCorrelations(logisticNormal, data, counts);
        for (int q = 0; q < PAIRS.length; q++) {
            System.out.printf("pair %s: observed %.3f, DM replicates mean %.3f, logistic-normal mean %.3f (ppp %.3f)%n",
                    java.util.Arrays.toString(PAIRS[q]), observed[q], mean(dm[q]), mean(ln[q]), fractionAtLeast(ln[q], observed[q]));
            assertTrue(mean(dm[q]) < 0, "DM pair " + q + ": mean replicated correlation " + mean(dm[q]) + " should be negative");
            double ppp = fractionAtLeast(ln[q], observed[q]);
            assertTrue(ppp > 0.025 && ppp < 0.975, "logistic-normal pair " + q + ": observed " + observed[q] + " has ppp " + ppp);
        }
        assertTrue(fractionAtLeast(dm[2], observed[2]) <= 0.01, "DM replicates reaching the observed correlation: " + fractionAtLeast(dm[2], observed[2]));
        assertTrue(mean(ln[2]) > 0, "logistic-normal replicates of categories 1 and 2: mean " + mean(ln[2]));
    }

    /** [pair][replicate]: correlations of shares in posterior predictive replicates of all groups. */
    private static double[][] replicatedCorrelations(ModelProvider p, ModelData data, GroupedCounts counts) {
        CompiledModel model = p.build(data).compile();
        Draws draws = Backends.fitNuts(p.build(data), Backends.config(2, 300, 300, 11));
        List<double[]> rows = GroupFoldScorer.pooledDraws(draws);
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(13);
        double[][] out = new double[PAIRS.length][REPLICATES];
        int step = rows.size() / REPLICATES;
        for (int r = 0; r < REPLICATES; r++) {
            double[] theta = model.unconstrain(parameters(model.parameters(), rows.get(r * step)));
            double[] n = model.samplePosteriorPredictive(rng, theta).get("n");
            int[] replicated = new int[n.length];
            for (int i = 0; i < n.length; i++) replicated[i] = (int) n[i];
            double[] c = shareCorrelations(replicated, counts.trials(), 3);
            for (int q = 0; q < PAIRS.length; q++) out[q][r] = c[q];
        }
        return out;
    }

    /** The free parameters' values in a draw row (they come first, in declaration order). */
    private static Map<String, double[]> parameters(List<VariableInfo> free, double[] row) {
        Map<String, double[]> values = new HashMap<>();
        int offset = 0;
        for (VariableInfo v : free) {
            values.put(v.name(), java.util.Arrays.copyOfRange(row, offset, offset + v.size()));
            offset += v.size();
        }
        return values;
    }

    /** Pearson correlations of the shares n_gk / N_g across groups, for each pair in {@link #PAIRS}. */
    static double[] shareCorrelations(int[] counts, int[] trials, int k) {
        int groups = trials.length;
        double[][] share = new double[k][groups];
        for (int g = 0; g < groups; g++) for (int c = 0; c < k; c++) share[c][g] = trials[g] == 0 ? Double.NaN : counts[g * k + c] / (double) trials[g];
        double[] out = new double[PAIRS.length];
        for (int q = 0; q < PAIRS.length; q++) out[q] = correlation(share[PAIRS[q][0]], share[PAIRS[q][1]]);
        return out;
    }

    private static double correlation(double[] x, double[] y) {
        double mx = 0, my = 0;
        int n = 0;
        for (int i = 0; i < x.length; i++) if (!Double.isNaN(x[i])) { mx += x[i]; my += y[i]; n++; }
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i])) continue;
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s / x.length;
    }

    private static double fractionAtLeast(double[] x, double threshold) {
        int n = 0;
        for (double v : x) if (v >= threshold) n++;
        return n / (double) x.length;
    }
}
