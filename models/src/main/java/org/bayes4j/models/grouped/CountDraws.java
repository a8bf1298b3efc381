package org.bayes4j.models.grouped;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.bayes4j.models.support.RandomDraws;

/**
 * The draws of the grouped-count simulators, on one random stream: trials,
 * the LKJ correlation factor and half-t scales of the covariance, Dirichlet
 * probabilities and multinomial counts. Normals and binomials come from
 * {@link RandomDraws}; gamma, beta and Poisson draws from Commons RNG
 * (Marsaglia &amp; Tsang 2000; Cheng 1978; Kemp / Ahrens–Dieter).
 */
final class CountDraws {

    private final UniformRandomProvider rng;
    private final RandomDraws draw;

    CountDraws(UniformRandomProvider rng) {
        this.rng = rng;
        this.draw = new RandomDraws(rng);
    }

    double standardNormal() { return draw.normal(0, 1); }

    double normal(double mu, double sigma) { return draw.normal(mu, sigma); }

    /** {@code |N(0, sigma)|}. */
    double halfNormal(double sigma) { return Math.abs(draw.normal(0, sigma)); }

    /**
     * Half Student-t with {@code nu} degrees of freedom and scale {@code sigma}:
     * {@code sigma |Z| / sqrt(V / nu)} with {@code Z ~ N(0, 1)} and
     * {@code V ~ chi^2_nu = Gamma(nu/2, scale 2)} independent.
     */
    double halfStudentT(double nu, double sigma) {
        double z = draw.normal(0, 1);
        double v = AhrensDieterMarsagliaTsangGammaSampler.of(rng, nu / 2, 2).sample();
        return sigma * Math.abs(z) / Math.sqrt(v / nu);
    }

    /** Poisson with the given mean. */
    int poisson(double mean) { return PoissonSampler.of(rng, mean).sample(); }

    /**
     * The Cholesky factor {@code L_Omega} (row-major, {@code d x d}) of a
     * correlation matrix drawn from LKJ(eta), by the C-vine of canonical
     * partial correlations (Lewandowski, Kurowicka &amp; Joe 2009, §2.4; Stan
     * Functions Reference, "LKJ correlation Cholesky"): the partial
     * correlation of column {@code c} is {@code 2 B - 1} with
     * {@code B ~ Beta(b_c, b_c)}, {@code b_c = eta + (d - 2 - c)/2}; row
     * {@code i} of the factor is then {@code L_i0 = z_i0},
     * {@code L_ij = z_ij sqrt(1 - sum_{m<j} L_im^2)} and a unit-norm last entry.
     */
    double[] lkjCorrCholesky(int d, double eta) {
        double[] l = new double[d * d];
        double[][] z = new double[d][d];
        for (int c = 0; c < d - 1; c++) {
            double b = eta + (d - 2 - c) / 2.0;
            for (int i = c + 1; i < d; i++) z[i][c] = 2 * ChengBetaSampler.of(rng, b, b).sample() - 1;
        }
        for (int i = 0; i < d; i++) {
            double remaining = 1;
            for (int j = 0; j < i; j++) {
                l[i * d + j] = z[i][j] * Math.sqrt(remaining);
                remaining -= l[i * d + j] * l[i * d + j];
            }
            l[i * d + i] = Math.sqrt(Math.max(remaining, 0));
        }
        return l;
    }

    /**
     * Probabilities from Dirichlet(alpha), as normalised Gamma(alpha_k, 1)
     * draws taken in log space: for a shape below 1,
     * {@code log G = log G' + log(U) / alpha} with {@code G' ~ Gamma(alpha + 1)}
     * (Marsaglia &amp; Tsang 2000, §6), so tiny concentrations do not underflow
     * every gamma to 0; the normalisation is a log-sum-exp.
     */
    double[] dirichlet(double[] alpha) {
        double[] logG = new double[alpha.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < alpha.length; k++) {
            if (alpha[k] >= 1) {
                logG[k] = Math.log(AhrensDieterMarsagliaTsangGammaSampler.of(rng, alpha[k], 1).sample());
            } else {
                double boosted = AhrensDieterMarsagliaTsangGammaSampler.of(rng, alpha[k] + 1, 1).sample();
                logG[k] = Math.log(boosted) + Math.log(1 - rng.nextDouble()) / alpha[k];
            }
            max = Math.max(max, logG[k]);
        }
        double sum = 0;
        double[] p = new double[alpha.length];
        for (int k = 0; k < alpha.length; k++) {
            p[k] = Math.exp(logG[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < alpha.length; k++) p[k] /= sum;
        return p;
    }

    /**
     * Multinomial counts by conditional binomials: {@code n_k ~ Binomial(n -
     * sum_{j<k} n_j, p_k / sum_{j>=k} p_j)}, the remaining mass summed from the
     * end so it never suffers cancellation.
     */
    int[] multinomial(int n, double[] p) {
        int k = p.length;
        double[] tail = new double[k + 1];
        for (int j = k - 1; j >= 0; j--) tail[j] = tail[j + 1] + p[j];
        int[] counts = new int[k];
        int remaining = n;
        for (int j = 0; j < k - 1 && remaining > 0; j++) {
            double q = tail[j] > 0 ? Math.min(1, p[j] / tail[j]) : 0;
            counts[j] = draw.binomial(remaining, q);
            remaining -= counts[j];
        }
        counts[k - 1] += remaining;
        return counts;
    }
}
