package org.bayes4j.models.grouped;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Backends;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.diagnostic.LooProvider;
import org.bayes4j.spi.diagnostic.LooResult;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.junit.jupiter.api.Test;

/**
 * The PSIS-LOO finding of MODELS.md §2-3: in model 2 each group's two
 * effects are informed mostly by that group's own counts, so leaving a group
 * out moves its effects far and importance sampling from the full posterior
 * fails: many Pareto k-hat exceed 0.7, which is why model 2 is compared by
 * grouped K-fold. The Dirichlet-multinomial has three parameters shared by
 * all groups; no group dominates them, and its k-hat stay below 0.7.
 *
 * <p>Data: 40 groups, N_g ~ Poisson(30), the default covariance (sds 0.5 and
 * 1.0, correlation 0.7), seed 99; NUTS 2 chains x (300 + 300). The pointwise
 * log likelihood of each draw comes from the compiled model. Criteria: at
 * least a quarter of model 2's 40 k-hat exceed 0.7; none of model 3's.
 */
class ParetoKFindingTest {

    @Test
    void logisticNormalHasManyHighParetoKAndDirichletMultinomialNone() {
        ModelProvider logisticNormal = Providers.named("grouped-multinomial-noncentered");
        ModelData data = logisticNormal.simulate(RandomSource.SPLIT_MIX_64.create(99), Map.of("groups", 40),
                Map.of("L", CholeskyFactors.fromScalesAndCorrelation(new double[] {0.5, 1.0}, 0.7), "mu", new double[2])).data();
        LooResult ln = loo(logisticNormal, data);
        LooResult dm = loo(Providers.named("dirichlet-multinomial"), data);
        System.out.printf("k-hat > 0.7: logistic-normal %d of 40 (max %.2f), Dirichlet-multinomial %d (max %.2f); elpd_loo %.1f vs %.1f%n",
                ln.countParetoKAbove(0.7), max(ln.paretoK()), dm.countParetoKAbove(0.7), max(dm.paretoK()), ln.elpdLoo(), dm.elpdLoo());
        assertTrue(ln.countParetoKAbove(0.7) >= 10, "logistic-normal k-hat: " + Arrays.toString(ln.paretoK()));
        assertEquals(0, dm.countParetoKAbove(0.7), "Dirichlet-multinomial k-hat: " + Arrays.toString(dm.paretoK()));
    }

    private static LooResult loo(ModelProvider p, ModelData data) {
        CompiledModel model = p.build(data).compile();
        Draws draws = Backends.fitNuts(p.build(data), Backends.config(2, 300, 300, 5));
        List<double[]> rows = GroupFoldScorer.pooledDraws(draws);
        double[][] logLik = new double[rows.size()][model.pointwiseSize()];
        int[] chain = new int[rows.size()];
        for (int s = 0; s < rows.size(); s++) {
            Map<String, double[]> values = new HashMap<>();
            int offset = 0;
            for (VariableInfo v : model.parameters()) {
                values.put(v.name(), Arrays.copyOfRange(rows.get(s), offset, offset + v.size()));
                offset += v.size();
            }
            model.pointwiseLogLikelihood(model.unconstrain(values), logLik[s]);
            chain[s] = s / draws.numDraws();
        }
        LooProvider loo = ServiceLoader.load(LooProvider.class).findFirst().orElseThrow(() -> new AssertionError("no LooProvider"));
        return loo.loo(logLik, chain);
    }

    private static double max(double[] x) { return Arrays.stream(x).max().orElseThrow(); }
}
