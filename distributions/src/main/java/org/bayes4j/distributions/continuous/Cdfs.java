package org.bayes4j.distributions.continuous;

import org.apache.commons.numbers.gamma.Erfcx;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;

/**
 * Batched log CDFs with partials for the families implementing
 * {@link org.bayes4j.spi.distribution.CumulativeDistribution}: a location-scale family reduces to a
 * standard log CDF $\log F_0(z)$ and its derivative at $z = (x - \mu)/\sigma$, with
 * $\partial z/\partial x = 1/\sigma$, $\partial z/\partial\mu = -1/\sigma$ and
 * $\partial z/\partial\sigma = -z/\sigma$; the upper tail is $\log(1 - F_0(z)) = \log F_0(-z)$ for the
 * symmetric standard laws used here.
 */
final class Cdfs {

    private Cdfs() {}

    /** A standard law's $\log F_0(z)$ and $\frac{d}{dz}\log F_0(z)$. */
    interface Standard {
        double logCdf(double z);

        double dLogCdf(double z, double logCdf);
    }

    private static final double LOG_HALF = Math.log(0.5);
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final double SQRT_HALF = Math.sqrt(0.5);

    /** $\log\Phi(z) = \log(\tfrac12\operatorname{erfcx}(-z/\sqrt2)) - z^2/2$ for $z < 0$ (no underflow), $\log(1 - \tfrac12\operatorname{erfc}(z/\sqrt2))$ above. */
    static final Standard NORMAL = new Standard() {
        @Override public double logCdf(double z) {
            if (z < 0) return LOG_HALF + Math.log(Erfcx.value(-z * SQRT_HALF)) - 0.5 * z * z;
            return Math.log1p(-0.5 * Math.exp(-0.5 * z * z) * Erfcx.value(z * SQRT_HALF));
        }
        @Override public double dLogCdf(double z, double logCdf) { return Math.exp(-0.5 * z * z - HALF_LOG_TWO_PI - logCdf); }
    };

    /** $\log\sigma(z) = -\log(1 + e^{-z})$, derivative $\sigma(-z)$. */
    static final Standard LOGISTIC = new Standard() {
        @Override public double logCdf(double z) { return z < 0 ? z - Math.log1p(Math.exp(z)) : -Math.log1p(Math.exp(-z)); }
        @Override public double dLogCdf(double z, double logCdf) { return z > 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z)); }
    };

    /** $F_0(z) = \operatorname{atan2}(1, -z)/\pi$, accurate in the lower tail where $F_0 \approx 1/(\pi|z|)$. */
    static final Standard CAUCHY = new Standard() {
        @Override public double logCdf(double z) { return Math.log(Math.atan2(1, -z) / Math.PI); }
        @Override public double dLogCdf(double z, double logCdf) { return 1 / (Math.PI * (1 + z * z) * Math.exp(logCdf)); }
    };

    /** $F_0(z) = \tfrac12 e^{z}$ for $z < 0$, $1 - \tfrac12 e^{-z}$ above. */
    static final Standard LAPLACE = new Standard() {
        @Override public double logCdf(double z) { return z < 0 ? LOG_HALF + z : Math.log1p(-0.5 * Math.exp(-z)); }
        @Override public double dLogCdf(double z, double logCdf) { return z < 0 ? 1 : 0.5 * Math.exp(-z - logCdf); }
    };

    /**
     * $\sum_b \log F_0(\pm z_b)$ for a location-scale family with location parameter {@code mu} and
     * scale {@code sigma}; {@code logX} applies the law to $\log x$ (the lognormal).
     */
    static double locationScale(Operands args, Standard law, boolean upper, boolean logX) {
        Operand x = args.value(), mu = args.parameter(0), sigma = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0, sign = upper ? -1 : 1;
        for (int b = 0; b < args.batchSize(); b++) {
            double xb = x.get(b), m = mu.get(b), s = sigma.get(b), lp;
            if (Double.isNaN(xb) || !Double.isFinite(m) || !(s > 0) || s == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (logX && xb <= 0) {
                lp = upper ? 0 : Double.NEGATIVE_INFINITY;
            } else if (Double.isInfinite(xb)) {
                lp = (xb > 0) == upper ? Double.NEGATIVE_INFINITY : 0;
            } else {
                double t = logX ? Math.log(xb) : xb;
                double z = (t - m) / s;
                lp = law.logCdf(sign * z);
                if (lp > Double.NEGATIVE_INFINITY) {
                    double dz = sign * law.dLogCdf(sign * z, lp) / s;
                    x.addAdjoint(b, logX ? dz / xb : dz);
                    mu.addAdjoint(b, -dz);
                    sigma.addAdjoint(b, -z * dz);
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    /**
     * $\sum_b$ of $\log F = \log(1 - e^{-h})$ or $\log(1 - F) = -h$ for a law with cumulative
     * hazard $h(x)$ (exponential $h = \lambda x$; Weibull $h = (x/\sigma)^\alpha$), given the hazard and its
     * partials per event by {@code hazard}.
     */
    static double cumulativeHazard(Operands args, boolean upper, Hazard hazard, double[] partials) {
        Operand x = args.value();
        int arity = args.arity();
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double xb = x.get(b), h = hazard.value(args, b, partials), lp;
            if (Double.isNaN(h)) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (!(xb > 0)) {
                lp = xb <= 0 && upper ? 0 : Double.NEGATIVE_INFINITY;
            } else if (xb == Double.POSITIVE_INFINITY) {
                lp = upper ? Double.NEGATIVE_INFINITY : 0;
            } else {
                // d/dh: -1 for log(1 - F); e^-h / (1 - e^-h) = 1 / expm1(h) for log F
                lp = upper ? -h : Math.log(-Math.expm1(-h));
                double dh = upper ? -1 : 1 / Math.expm1(h);
                if (lp > Double.NEGATIVE_INFINITY && Double.isFinite(dh)) {
                    x.addAdjoint(b, dh * partials[0]);
                    for (int i = 0; i < arity; i++) args.parameter(i).addAdjoint(b, dh * partials[1 + i]);
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    /** The cumulative hazard of event {@code b} (NaN for invalid parameters), its partials in {@code partials} (x first). */
    interface Hazard {
        double value(Operands args, int b, double[] partials);
    }
}
