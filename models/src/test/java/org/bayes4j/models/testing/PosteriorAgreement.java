package org.bayes4j.models.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agreement of a fitted posterior with a reference, within Monte Carlo error.
 * The difference of two independent estimates has standard error
 * {@code sqrt(mcse_fit^2 + mcse_ref^2)}; a difference beyond {@code z} such
 * errors fails. With {@code z = 4.5} one comparison fails falsely with
 * probability 6.8e-6 (normal two-sided tail), so fifty comparisons in one test
 * fail falsely with probability below 3.4e-4.
 */
public final class PosteriorAgreement {

    public static final double Z = 4.5;

    private PosteriorAgreement() {}

    public static void assertMeanAgrees(String what, PosteriorMoments fit, double referenceMean, double referenceMcse) {
        double se = Math.hypot(fit.mcseMean(), referenceMcse);
        double z = (fit.mean() - referenceMean) / se;
        assertTrue(Math.abs(z) < Z, String.format(java.util.Locale.ROOT,
                "%s: posterior mean %.4f vs reference %.4f differs by %.1f Monte Carlo standard errors (se %.4f)",
                what, fit.mean(), referenceMean, z, se));
    }

    public static void assertSdAgrees(String what, PosteriorMoments fit, double referenceSd, double referenceMcseSd) {
        double se = Math.hypot(fit.mcseSd(), referenceMcseSd);
        double z = (fit.sd() - referenceSd) / se;
        assertTrue(Math.abs(z) < Z, String.format(java.util.Locale.ROOT,
                "%s: posterior sd %.4f vs reference %.4f differs by %.1f Monte Carlo standard errors (se %.4f)",
                what, fit.sd(), referenceSd, z, se));
    }
}
