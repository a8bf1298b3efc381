package org.bayes4j.distributions.discrete;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/**
 * Exact Poisson draws at any mean. Commons RNG's {@link PoissonSampler} (Knuth's product of
 * uniforms for small means, Devroye's rejection for large ones) accepts means up to about
 * $2^{31}$; a larger mean is split as a sum of independent Poissons, which is again Poisson
 * with the summed mean, so nothing is approximated.
 */
final class PoissonDraws {

    private static final double MAX_MEAN = 1e9;

    private PoissonDraws() {}

    static double draw(UniformRandomProvider rng, double mean) {
        if (mean == 0) return 0;
        if (mean <= MAX_MEAN) return PoissonSampler.of(rng, mean).sample();
        long parts = (long) Math.ceil(mean / MAX_MEAN);
        double partMean = mean / parts;
        double total = 0;
        for (long i = 0; i < parts; i++) total += PoissonSampler.of(rng, partMean).sample();
        return total;
    }
}
