package org.bayes4j.models.masked;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.bayes4j.models.support.RandomDraws;

/**
 * The draws of the masked-choice simulators, on one random stream: normals,
 * exponentials and binomials from {@link RandomDraws}, Beta variates by
 * Cheng's (1978) algorithm from Commons RNG, and the compound draws built
 * from them below.
 */
final class ChoiceDraws {

    private final UniformRandomProvider rng;
    private final RandomDraws draw;

    ChoiceDraws(UniformRandomProvider rng) {
        this.rng = rng;
        this.draw = new RandomDraws(rng);
    }

    double normal(double mu, double sigma) { return draw.normal(mu, sigma); }

    double exponential(double rate) { return draw.exponential(rate); }

    /** Uniform on {@code 0..n-1}. */
    int index(int n) { return draw.index(n); }

    /** 1 with probability {@code p}. */
    int bernoulli(double p) { return draw.bernoulli(p); }

    /**
     * The correlation of a 2 x 2 LKJ(eta) matrix. Its density is
     * proportional to {@code (1 - r^2)^(eta - 1)}, which is the law of
     * {@code r = 2B - 1} with {@code B ~ Beta(eta, eta)} (the one-column case
     * of the C-vine of Lewandowski, Kurowicka &amp; Joe 2009, §2.4).
     */
    double lkjCorrelation2(double eta) {
        return 2 * ChengBetaSampler.of(rng, eta, eta).sample() - 1;
    }

    /**
     * {@code (w_1, ..., w_J) ~ Dirichlet(1, ..., 1)}, uniform on the simplex:
     * standard exponentials divided by their sum (Devroye 1986, §XI.4).
     */
    double[] uniformSimplex(int j) {
        double[] w = new double[j];
        double sum = 0;
        for (int c = 0; c < j; c++) {
            w[c] = draw.exponential(1);
            sum += w[c];
        }
        for (int c = 0; c < j; c++) w[c] /= sum;
        return w;
    }

    /** An index drawn with probabilities {@code p} (summing to 1), by inversion. */
    int categorical(double[] p) {
        double u = rng.nextDouble();
        double cumulative = 0;
        for (int c = 0; c < p.length - 1; c++) {
            cumulative += p[c];
            if (u < cumulative) return c;
        }
        return p.length - 1;
    }

    /**
     * Multinomial counts by conditional binomials,
     * {@code n_k ~ Binomial(n - sum_{j<k} n_j, p_k / sum_{j>=k} p_j)}, the
     * remaining mass summed from the end so it never suffers cancellation.
     * A category of probability 0 gets no count.
     */
    int[] multinomial(int n, double[] p) {
        int k = p.length;
        double[] tail = new double[k + 1];
        for (int j = k - 1; j >= 0; j--) tail[j] = tail[j + 1] + p[j];
        int[] counts = new int[k];
        int remaining = n;
        int last = k - 1;
        while (last > 0 && p[last] == 0) last--;
        for (int j = 0; j < last && remaining > 0; j++) {
            double q = tail[j] > 0 ? Math.min(1, p[j] / tail[j]) : 0;
            counts[j] = draw.binomial(remaining, q);
            remaining -= counts[j];
        }
        counts[last] += remaining;
        return counts;
    }
}
