package org.bayes4j.diagnostics.convergence;

import java.util.Arrays;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * Monte Carlo standard errors of posterior summaries (Vehtari et al. 2021,
 * Section 4.4; {@code posterior} 1.4.0).
 *
 * <ul>
 * <li>mean: {@code sd(x) / sqrt(ESS_mean)}.</li>
 * <li>sd: with centred draws {@code c = x - mean}, the variance of the variance
 *     estimate without assuming normality (Kenney and Keeping 1951, p. 141),
 *     {@code Var(s^2) = (mean(c^4) - mean(c^2)^2) / ESS(c^2)}, carried to the sd
 *     by the delta method, {@code Var(s) = Var(s^2) / (4 s^2)}.</li>
 * <li>quantile p: the draws' indicator {@code I(x <= Q(p))} has effective size
 *     {@code E}; the posterior of the coverage of {@code Q(p)} is
 *     {@code Beta(E p + 1, E (1-p) + 1)}, whose 15.87% and 84.13% quantiles
 *     {@code a1, a2} (plus/minus one normal sd) are mapped back through the
 *     sorted draws: {@code (x_(ceil(a2 S)) - x_(max(floor(a1 S), 1))) / 2}.</li>
 * </ul>
 */
public final class MonteCarloStandardError {

    /** Normal probabilities of minus and plus one standard deviation, as posterior writes them. */
    private static final double LOWER = 0.1586553;
    private static final double UPPER = 0.8413447;

    private MonteCarloStandardError() {}

    public static double mean(double[][] x) { return Moments.sd(x) / Math.sqrt(EffectiveSampleSize.basic(x)); }

    public static double sd(double[][] x) {
        double mean = Moments.mean(x);
        double[][] squared = Draws2d.map(x, v -> (v - mean) * (v - mean));
        double ess = EffectiveSampleSize.basic(squared);
        double[] flat = Draws2d.flatten(x);
        double m2 = 0;
        double m4 = 0;
        for (double v : flat) {
            double c2 = (v - mean) * (v - mean);
            m2 += c2;
            m4 += c2 * c2;
        }
        m2 /= flat.length;
        m4 /= flat.length;
        double varianceOfVariance = (m4 - m2 * m2) / ess;
        return Math.sqrt(varianceOfVariance / m2 / 4);
    }

    public static double quantile(double[][] x, double p) {
        double ess = EffectiveSampleSize.quantile(x, p);
        if (Double.isNaN(ess)) return Double.NaN;
        BetaDistribution coverage = BetaDistribution.of(ess * p + 1, ess * (1 - p) + 1);
        double a1 = coverage.inverseCumulativeProbability(LOWER);
        double a2 = coverage.inverseCumulativeProbability(UPPER);
        double[] sorted = Draws2d.flatten(x);
        Arrays.sort(sorted);
        int s = sorted.length;
        double lower = sorted[Math.max((int) Math.floor(a1 * s), 1) - 1];
        double upper = sorted[Math.min((int) Math.ceil(a2 * s), s) - 1];
        return (upper - lower) / 2;
    }

    public static double median(double[][] x) { return quantile(x, 0.5); }
}
