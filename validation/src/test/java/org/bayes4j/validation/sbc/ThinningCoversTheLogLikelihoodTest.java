package org.bayes4j.validation.sbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import java.util.SplittableRandom;

import org.bayes4j.spi.diagnostic.DiagnosticProvider;
import org.junit.jupiter.api.Test;

/**
 * SBC thins by the smallest bulk-ESS over everything it ranks. With parameters drawn independently
 * and a log-likelihood that is an AR(1) series with autocorrelation 0.95 (ESS about S (1 - 0.95)/(1 + 0.95),
 * some forty times smaller), the thinning must follow the log-likelihood; leaving it out, as the first
 * version did, gives the parameters' ESS, and its ranks then come from autocorrelated draws.
 */
class ThinningCoversTheLogLikelihoodTest {

    private static final int CHAINS = 4, DRAWS = 1000;

    private final DiagnosticProvider essBulk = ServiceLoader.load(DiagnosticProvider.class).stream()
            .map(ServiceLoader.Provider::get).filter(d -> d.name().equals("ess_bulk")).findFirst().orElseThrow();

    @Test void theSlowlyMixingLogLikelihoodSetsTheThinning() {
        SplittableRandom rng = new SplittableRandom(20261207L);
        List<double[][]> parameters = List.of(independent(rng), independent(rng), independent(rng));
        double[][] logLik = autoregressive(rng, 0.95);
        double parametersOnly = ReplicateFit.smallestEss(essBulk, parameters, null);
        double withLogLik = ReplicateFit.smallestEss(essBulk, parameters, logLik);
        assertTrue(parametersOnly > 2000, "independent draws: ESS near " + CHAINS * DRAWS + ", got " + parametersOnly);
        assertEquals(essBulk.evaluate(logLik), withLogLik, 0.0, "the log-likelihood's ESS is the smallest");
        assertTrue(withLogLik < parametersOnly / 10, "AR(1) 0.95: ESS " + withLogLik + " against " + parametersOnly);
    }

    @Test void aConstantLogLikelihoodDoesNotSetTheThinning() {
        SplittableRandom rng = new SplittableRandom(7L);
        List<double[][]> parameters = List.<double[][]>of(independent(rng));
        double[][] constant = new double[CHAINS][DRAWS];
        assertEquals(ReplicateFit.smallestEss(essBulk, parameters, null), ReplicateFit.smallestEss(essBulk, parameters, constant), 0.0);
    }

    private static double[][] independent(SplittableRandom rng) {
        double[][] x = new double[CHAINS][DRAWS];
        for (double[] chain : x) for (int t = 0; t < DRAWS; t++) chain[t] = gaussian(rng);
        return x;
    }

    /** Stationary AR(1): {@code x_t = rho x_{t-1} + sqrt(1 - rho^2) e_t}. */
    private static double[][] autoregressive(SplittableRandom rng, double rho) {
        double[][] x = new double[CHAINS][DRAWS];
        double innovation = Math.sqrt(1 - rho * rho);
        for (double[] chain : x) {
            double v = gaussian(rng);
            for (int t = 0; t < DRAWS; t++) chain[t] = v = rho * v + innovation * gaussian(rng);
        }
        return x;
    }

    /** Box-Muller. */
    private static double gaussian(SplittableRandom rng) {
        return Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
    }
}
