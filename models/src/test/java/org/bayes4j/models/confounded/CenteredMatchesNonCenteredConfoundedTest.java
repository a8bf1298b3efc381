package org.bayes4j.models.confounded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.junit.jupiter.api.Test;

/**
 * The centred and non-centred forms of the pooled estimators (7c, 7d, 7e)
 * are one model in two coordinate systems. With $\alpha_g = \bar\alpha + \tau z_g$,
 * $N(\alpha_g \mid \bar\alpha, \tau) = N(z_g \mid 0, 1) / \tau$, so at
 * corresponding points the log densities (on the unconstrained scale, with
 * identical bijectors for every shared parameter) differ by exactly
 * $-G \log\tau$ over the $G$ groups; every other term is shared.
 */
class CenteredMatchesNonCenteredConfoundedTest {

    private static final List<String[]> PAIRS = List.of(
            new String[] {"confounded-multilevel", "confounded-multilevel-centered"},
            new String[] {"confounded-mundlak", "confounded-mundlak-centered"},
            new String[] {"confounded-latent-mundlak", "confounded-latent-mundlak-centered"});

    @Test
    void logDensitiesDifferByTheScaleJacobianAtCorrespondingPoints() {
        for (String[] pair : PAIRS) {
            double[] gaps = gaps(pair, false);
            for (double gap : gaps) assertEquals(0, gap, 1e-9, pair[0] + " vs " + pair[1]);
        }
    }

    @Test
    void theCheckFailsWhenTheJacobianIsLeftOut() {
        for (double gap : gaps(PAIRS.get(1), true)) assertNotEquals(0, gap, 1e-3, "leaving out -G log tau must show");
    }

    /** lp_centred - (lp_noncentred - G log tau) at seeded prior points; with {@code dropJacobian} the G log tau is left out. */
    private static double[] gaps(String[] pair, boolean dropJacobian) {
        ModelProvider nonCentredProvider = Providers.named(pair[0]);
        ModelProvider centredProvider = Providers.named(pair[1]);
        ModelData data = nonCentredProvider.defaultData();
        CompiledModel nonCentred = nonCentredProvider.build(data).compile();
        CompiledModel centred = centredProvider.build(data).compile();
        UniformRandomProvider rng = RandomDraws.seeded(20261207L);
        double[] gaps = new double[12];
        for (int t = 0; t < gaps.length; t++) {
            Map<String, double[]> point = new HashMap<>(nonCentred.samplePrior(rng));
            point.keySet().retainAll(nonCentredProvider.checkedParameters());
            double alphaBar = point.get("alpha_bar")[0], tau = point.get("tau")[0];
            double[] z = point.get("z");
            double[] alpha = new double[z.length];
            for (int g = 0; g < z.length; g++) alpha[g] = alphaBar + tau * z[g];
            Map<String, double[]> centredPoint = new HashMap<>(point);
            centredPoint.remove("z");
            centredPoint.put("alpha", alpha);
            double lpNonCentred = nonCentred.newEvaluator().logDensity(nonCentred.unconstrain(point));
            double lpCentred = centred.newEvaluator().logDensity(centred.unconstrain(centredPoint));
            double jacobian = dropJacobian ? 0 : -z.length * Math.log(tau);
            gaps[t] = (lpCentred - (lpNonCentred + jacobian)) / Math.max(1, Math.abs(lpCentred));
        }
        return gaps;
    }
}
