package org.bayes4j.distributions.continuous;

import org.apache.commons.numbers.gamma.Erf;
import org.apache.commons.numbers.gamma.Erfcx;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;

/**
 * Batched log CDFs of the scale families on the half-line, $F(y\mid\sigma) = F_0(y/\sigma)$:
 * with $z = y/\sigma$, $\partial_y\log F = f_0(z)/(\sigma F_0(z))$ and
 * $\partial_\sigma\log F = -z f_0(z)/(\sigma F_0(z))$ (the upper tail with $1 - F_0$ and the opposite sign).
 *
 * <p>Half-normal: $F_0(z) = \operatorname{erf}(z/\sqrt2)$, $1 - F_0(z) = \operatorname{erfc}(z/\sqrt2)
 * = \operatorname{erfcx}(z/\sqrt2)\,e^{-z^2/2}$ (no underflow in the far tail),
 * $f_0(z) = \sqrt{2/\pi}\,e^{-z^2/2}$. Half-Cauchy: $F_0(z) = \tfrac2\pi\arctan z$,
 * $1 - F_0(z) = \tfrac2\pi\arctan(1/z)$, $f_0(z) = \tfrac2\pi/(1 + z^2)$.
 */
final class HalfCdfs {

    private HalfCdfs() {}

    /** A standard law on $(0, \infty)$: log CDF, log survival, log density. */
    interface Standard {
        double logCdf(double z);

        double logSurvival(double z);

        double logDensity(double z);
    }

    private static final double SQRT_HALF = Math.sqrt(0.5);
    private static final double HALF_LOG_TWO_OVER_PI = 0.5 * Math.log(2 / Math.PI);
    private static final double LOG_TWO_OVER_PI = Math.log(2 / Math.PI);

    static final Standard HALF_NORMAL = new Standard() {
        @Override public double logCdf(double z) {
            double t = z * SQRT_HALF;
            // erf is accurate relative to itself near 0; near 1, 1 - erfc keeps the digits erf would round away
            return t < 0.5 ? Math.log(Erf.value(t)) : Math.log1p(-Erfcx.value(t) * Math.exp(-t * t));
        }
        @Override public double logSurvival(double z) {
            double t = z * SQRT_HALF;
            return Math.log(Erfcx.value(t)) - t * t;
        }
        @Override public double logDensity(double z) { return HALF_LOG_TWO_OVER_PI - 0.5 * z * z; }
    };

    static final Standard HALF_CAUCHY = new Standard() {
        @Override public double logCdf(double z) { return LOG_TWO_OVER_PI + Math.log(Math.atan(z)); }
        @Override public double logSurvival(double z) { return LOG_TWO_OVER_PI + Math.log(Math.atan2(1, z)); }
        @Override public double logDensity(double z) {
            return LOG_TWO_OVER_PI - (z <= 1 ? Math.log1p(z * z) : 2 * Math.log(z) + Math.log1p(1 / (z * z)));
        }
    };

    static double scale(Operands args, Standard law, boolean upper) {
        Operand y = args.value(), sigma = args.parameter(0);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), s = sigma.get(b), lp;
            if (Double.isNaN(yb) || !(s > 0) || s == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (yb <= 0 || yb == Double.POSITIVE_INFINITY) {
                boolean atTop = yb == Double.POSITIVE_INFINITY;
                lp = atTop == upper ? Double.NEGATIVE_INFINITY : 0;
            } else {
                double z = yb / s;
                lp = upper ? law.logSurvival(z) : law.logCdf(z);
                if (lp > Double.NEGATIVE_INFINITY) {
                    double dz = (upper ? -1 : 1) * Math.exp(law.logDensity(z) - lp) / s;
                    y.addAdjoint(b, dz);
                    sigma.addAdjoint(b, -z * dz);
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }
}
