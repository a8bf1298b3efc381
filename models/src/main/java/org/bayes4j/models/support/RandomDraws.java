package org.bayes4j.models.support;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterExponentialSampler;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Draws from the distributions the shipped simulators need, on one random
 * stream, in the parameterisations of {@code MODELS.md} (normal by standard
 * deviation, exponential by rate). The algorithms are Commons RNG's:
 * ziggurat normals (Marsaglia &amp; Tsang 2000; McFarland 2016), Ahrens–Dieter
 * exponentials, and for the binomial geometric waiting times (small means) or
 * the Marsaglia–Tsang–Wang table method;
 * the half-Cauchy is drawn by inverting its distribution function.
 *
 * <p>A simulator given the same stream state draws the same data: the order
 * of the calls is part of each model's generative program.
 */
public final class RandomDraws {

    /** The generator behind every default data set: small state, fast, and fixed across releases of Commons RNG. */
    private static final RandomSource DEFAULT_SOURCE = RandomSource.XO_RO_SHI_RO_128_PP;

    private final UniformRandomProvider rng;
    private final NormalizedGaussianSampler standardNormal;

    public RandomDraws(UniformRandomProvider rng) {
        this.rng = rng;
        this.standardNormal = ZigguratSampler.NormalizedGaussian.of(rng);
    }

    /** The stream used for a model's default data set, seeded by {@code seed}. */
    public static UniformRandomProvider seeded(long seed) {
        return DEFAULT_SOURCE.create(seed);
    }

    /** {@code N(mu, sigma)}, sigma the standard deviation. */
    public double normal(double mu, double sigma) {
        return mu + sigma * standardNormal.sample();
    }

    /**
     * Half-Cauchy with scale {@code s}: the distribution function is
     * {@code F(x) = (2/pi) atan(x/s)}, so {@code x = s tan(pi u / 2)} for
     * {@code u} uniform on (0, 1).
     */
    public double halfCauchy(double scale) {
        double u = rng.nextDouble();
        return scale * Math.tan(0.5 * Math.PI * u);
    }

    /** Exponential with rate {@code lambda} (mean {@code 1/lambda}). */
    public double exponential(double rate) {
        return AhrensDieterExponentialSampler.of(rng, 1.0 / rate).sample();
    }

    /**
     * Number of successes in {@code trials} independent trials of probability {@code p}.
     *
     * <p>With {@code q = min(p, 1 - p)} (counting failures instead of successes
     * when {@code p > 1/2}), a small expected count {@code trials q < 16} is drawn
     * by the geometric waiting-time method (Devroye 1986, §X.4.3): the gaps
     * between successes are geometric, {@code G = floor(log U / log(1 - q))}
     * by inversion, and successes are counted until their position passes
     * {@code trials}; the cost is {@code O(1 + trials q)} and it is exact however
     * small {@code q} is. Larger counts use Commons RNG's table method
     * (Marsaglia, Tsang &amp; Wang 2004), whose 30-bit tables cannot represent
     * probabilities as small as {@code logistic(-30)}.
     */
    public int binomial(int trials, double p) {
        if (trials == 0 || p == 0) return 0;
        if (p == 1) return trials;
        boolean countFailures = p > 0.5;
        double q = countFailures ? 1 - p : p;
        int k;
        if (trials * q < 16) {
            double logOneMinusQ = Math.log1p(-q);
            double position = 0;
            k = -1;
            do {
                k++;
                position += Math.floor(Math.log(1 - rng.nextDouble()) / logOneMinusQ) + 1;
            } while (position <= trials);
        } else {
            k = MarsagliaTsangWangDiscreteSampler.Binomial.of(rng, trials, q).sample();
        }
        return countFailures ? trials - k : k;
    }

    /** A uniform index in {@code 0..n-1}. */
    public int index(int n) {
        return rng.nextInt(n);
    }

    /** Bernoulli: 1 with probability {@code p}, else 0. */
    public int bernoulli(double p) {
        return rng.nextDouble() < p ? 1 : 0;
    }

    /** The logistic function {@code 1 / (1 + e^{-x})}, written so neither branch overflows. */
    public static double logistic(double x) {
        if (x >= 0) return 1 / (1 + Math.exp(-x));
        double e = Math.exp(x);
        return e / (1 + e);
    }
}
