package org.bayes4j.validation.laws;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;

import org.bayes4j.spi.dist.Dirichlet;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.LkjCholeskyCov;
import org.bayes4j.spi.dist.LkjCorrCholesky;
import org.bayes4j.spi.dist.ZeroSumNormal;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;
import org.junit.jupiter.api.Test;

/**
 * End-to-end laws of the multivariate families through the whole stack (compiler, bijectors, NUTS): a model
 * holding one variable with a known law is sampled by the installed {@code nuts} sampler (4 chains of 1000
 * warm-up and 1000 draws), and moments of the draws are compared with the law's.
 *
 * <p>Tolerances: each checked moment is the grand mean of a function $g$ of the draws, compared with its exact
 * value within 5 Monte Carlo standard errors. The MCSE is estimated by batch means (each chain cut into 20
 * batches of 50 draws, so 80 batch means; autocorrelation within a batch is accounted for as long as it
 * decays within 50 iterations, which holds for these well-conditioned targets). Were the batch means exactly
 * normal, the false-failure probability would be $5.7\cdot10^{-7}$ per check; with 80 batches the
 * $t_{79}$ tail at 5 is about $4\cdot10^{-6}$, so under $10^{-4}$ for the whole class. Seeds are fixed.
 */
class MultivariateFamilyLawsTest {

    private static final int BATCHES_PER_CHAIN = 20;

    /** ZeroSumNormal(sigma) of length K: every draw sums to zero and each margin has variance sigma^2 (K-1)/K. */
    @Test
    void zeroSumNormalMarginsHaveTheProjectedVarianceAndSumExactlyToZero() {
        double sigma = 1.5;
        int k = 4;
        Draws draws = sample(Model.build("zsn_law", m -> {
            Dim group = m.dim("group", k);
            m.param("x", ZeroSumNormal.of(sigma), group);
        }), 11);
        double[][][] x = new double[k][][];
        for (int j = 0; j < k; j++) x[j] = draws.quantity(column(draws, "x", j));
        for (int c = 0; c < x[0].length; c++) {
            for (int i = 0; i < x[0][c].length; i++) {
                double sum = 0, scale = 1;
                for (int j = 0; j < k; j++) {
                    sum += x[j][c][i];
                    scale = Math.max(scale, Math.abs(x[j][c][i]));
                }
                assertTrue(Math.abs(sum) <= 1e-9 * scale * k, "draw " + i + " of chain " + c + " sums to " + sum);
            }
        }
        double variance = sigma * sigma * (k - 1) / k;
        for (int j = 0; j < k; j++) {
            assertMoment("E x[" + j + "]", x[j], v -> v, 0);
            assertMoment("E x[" + j + "]^2", x[j], v -> v * v, variance);
        }
    }

    /**
     * LKJ(eta) on 3 x 3 factors: each correlation r = Omega_ij = sum_m L_im L_jm has the marginal
     * 2 Beta(a, a) - 1 with a = eta - 1 + K/2, so E r = 0 and E r^2 = 1/(2a + 1).
     */
    @Test
    void lkjCorrelationsHaveTheKnownBetaMarginal() {
        double eta = 2;
        int k = 3;
        Draws draws = sample(Model.build("lkj_law", m -> {
            Dim row = m.dim("row", k), col = m.dim("col", k);
            m.param("L", LkjCorrCholesky.of(eta), row, col);
        }), 12);
        double a = eta - 1 + k / 2.0;
        for (int i = 1; i < k; i++) {
            for (int j = 0; j < i; j++) {
                double[][] r = correlation(draws, k, i, j);
                assertMoment("E Omega[" + i + "," + j + "]", r, v -> v, 0);
                assertMoment("E Omega[" + i + "," + j + "]^2", r, v -> v * v, 1 / (2 * a + 1));
            }
        }
    }

    /**
     * LKJCholeskyCov(eta, Exponential(1)) with a batch axis of 2 independent 3 x 3 factors L = diag(s) L_Omega:
     * each standard deviation s_i = |row i of L| has E s = 1 and E s^2 = 2, and each correlation
     * Omega_ij = L_i . L_j / (s_i s_j) has E r = 0 and E r^2 = 1/(2a + 1), a = eta - 1 + K/2.
     */
    @Test
    void lkjCholeskyCovHasExponentialScalesAndLkjCorrelationsInEveryBatchMember() {
        double eta = 2;
        int k = 3;
        Draws draws = sample(Model.build("lkj_cov_law", m -> {
            Dim group = m.dim("group", 2), row = m.dim("row", k), col = m.dim("col", k);
            m.param("L", LkjCholeskyCov.of(eta, Exponential.of(1)), group, row, col);
        }), 14);
        double a = eta - 1 + k / 2.0;
        for (int g = 0; g < 2; g++) {
            double[][][] norms = new double[k][][];
            for (int i = 0; i < k; i++) {
                norms[i] = null;
                for (int m = 0; m <= i; m++) {
                    double[][] lim = draws.quantity(column(draws, "L", g, i, m));
                    if (norms[i] == null) norms[i] = new double[lim.length][lim[0].length];
                    for (int c = 0; c < lim.length; c++) for (int t = 0; t < lim[c].length; t++) norms[i][c][t] += lim[c][t] * lim[c][t];
                }
                for (double[] chain : norms[i]) for (int t = 0; t < chain.length; t++) chain[t] = Math.sqrt(chain[t]);
                assertMoment("E s[" + g + "," + i + "]", norms[i], v -> v, 1);
                assertMoment("E s[" + g + "," + i + "]^2", norms[i], v -> v * v, 2);
            }
            double[][] l10 = draws.quantity(column(draws, "L", g, 1, 0)), l00 = draws.quantity(column(draws, "L", g, 0, 0));
            double[][] r = new double[l10.length][l10[0].length];
            for (int c = 0; c < r.length; c++) {
                for (int t = 0; t < r[c].length; t++) r[c][t] = l10[c][t] * l00[c][t] / (norms[0][c][t] * norms[1][c][t]);
            }
            assertMoment("E Omega[" + g + ",1,0]", r, v -> v, 0);
            assertMoment("E Omega[" + g + ",1,0]^2", r, v -> v * v, 1 / (2 * a + 1));
        }
    }

    /** Dirichlet(alpha): E p_j = alpha_j / alpha_0 and Var p_j = alpha_j (alpha_0 - alpha_j) / (alpha_0^2 (alpha_0 + 1)). */
    @Test
    void dirichletDrawsMatchItsMeansAndVariances() {
        double[] alpha = {1, 2, 3.5};
        double a0 = 6.5;
        Draws draws = sample(Model.build("dirichlet_law", m -> {
            Dim category = m.dim("category", alpha.length);
            m.param("p", Dirichlet.of(alpha), category);
        }), 13);
        for (int j = 0; j < alpha.length; j++) {
            double mean = alpha[j] / a0, variance = alpha[j] * (a0 - alpha[j]) / (a0 * a0 * (a0 + 1));
            double[][] p = draws.quantity(column(draws, "p", j));
            assertMoment("E p[" + j + "]", p, v -> v, mean);
            assertMoment("E (p[" + j + "] - mean)^2", p, v -> (v - mean) * (v - mean), variance);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static Draws sample(Model model, long seed) {
        SamplerProvider nuts = ServiceLoader.load(SamplerProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("nuts")).findFirst().orElseThrow(() -> new AssertionError("no SamplerProvider named 'nuts'"));
        SamplerConfig config = SamplerConfig.defaults().withChains(4).withWarmup(1000).withDraws(1000).withSeed(seed);
        Draws draws = nuts.sample(model.compile(), config, ProgressListener.NONE);
        assertTrue(draws.numChains() == 4 && draws.numDraws() == 1000, draws.numChains() + " chains of " + draws.numDraws() + " draws");
        assertTrue(draws.divergences() == 0, draws.divergences() + " divergent transitions");
        return draws;
    }

    /** Column of element {@code name[index...]}, whatever the separator between indices. */
    private static int column(Draws draws, String name, int... index) {
        for (int c = 0; c < draws.names().size(); c++) {
            String n = draws.names().get(c);
            if (!n.startsWith(name + "[")) continue;
            String[] parts = n.substring(name.length() + 1, n.length() - 1).split(",");
            if (parts.length != index.length) continue;
            boolean match = true;
            for (int a = 0; a < index.length; a++) match &= parts[a].trim().equals(String.valueOf(index[a]));
            if (match) return c;
        }
        throw new AssertionError("no element " + name + java.util.Arrays.toString(index) + " among " + draws.names());
    }

    /** Omega_ij = sum_{m <= j} L_im L_jm for every draw (chains x iterations). */
    private static double[][] correlation(Draws draws, int k, int i, int j) {
        double[][] r = null;
        for (int m = 0; m <= j; m++) {
            double[][] li = draws.quantity(column(draws, "L", i, m)), lj = draws.quantity(column(draws, "L", j, m));
            if (r == null) r = new double[li.length][li[0].length];
            for (int c = 0; c < li.length; c++) for (int t = 0; t < li[c].length; t++) r[c][t] += li[c][t] * lj[c][t];
        }
        return r;
    }

    /** The grand mean of g over chains x iterations within 5 batch-means standard errors of {@code expected}. */
    private static void assertMoment(String what, double[][] draws, java.util.function.DoubleUnaryOperator g, double expected) {
        int chains = draws.length, n = draws[0].length, size = n / BATCHES_PER_CHAIN, batches = chains * BATCHES_PER_CHAIN;
        double[] means = new double[batches];
        double grand = 0;
        for (int c = 0; c < chains; c++) {
            for (int b = 0; b < BATCHES_PER_CHAIN; b++) {
                double s = 0;
                for (int t = b * size; t < (b + 1) * size; t++) s += g.applyAsDouble(draws[c][t]);
                means[c * BATCHES_PER_CHAIN + b] = s / size;
                grand += s / size;
            }
        }
        grand /= batches;
        double spread = 0;
        for (double m : means) spread += (m - grand) * (m - grand);
        double mcse = Math.sqrt(spread / (batches - 1) / batches);
        assertTrue(Math.abs(grand - expected) <= 5 * mcse,
                what + ": " + grand + " differs from " + expected + " by more than 5 MCSE (" + mcse + ")");
    }
}
