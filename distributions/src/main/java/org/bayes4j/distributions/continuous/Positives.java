package org.bayes4j.distributions.continuous;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;

/** Shared checks and draws for families on the positive reals. */
final class Positives {

    private Positives() {}

    /** True when both arguments are in $(0, \infty)$ (false for NaN). */
    static boolean allFinitePositive(double a, double b) { return allFinitePositive(a, b, 1); }

    /** True when every argument is in $(0, \infty)$ (false for NaN). */
    static boolean allFinitePositive(double a, double b, double c) {
        return a > 0 && b > 0 && c > 0 && a != Double.POSITIVE_INFINITY && b != Double.POSITIVE_INFINITY
                && c != Double.POSITIVE_INFINITY;
    }

    /**
     * A Gamma(alpha, 1) draw, repeated in the rare event that it underflows to 0 (possible only for
     * very small shapes), since the support is open at 0.
     */
    static double unitGamma(UniformRandomProvider rng, double alpha) {
        ContinuousSampler sampler = AhrensDieterMarsagliaTsangGammaSampler.of(rng, alpha, 1);
        double draw;
        do {
            draw = sampler.sample();
        } while (draw == 0);
        return draw;
    }
}
