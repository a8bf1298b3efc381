package org.bayes4j.distributions.continuous;

import org.apache.commons.numbers.gamma.LogBeta;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;

/**
 * Batched log CDFs of the families whose CDF is a regularised incomplete beta function
 * ({@link IncompleteBeta}); the partials in the point are density over CDF.
 *
 * <ul>
 *   <li>Beta$(\alpha, \beta)$: $F(y) = I_y(\alpha, \beta)$.</li>
 *   <li>Student-t$(\nu, \mu, \sigma)$ with $t = (y - \mu)/\sigma$ and $w = \nu/(\nu + t^2)$:
 *   $F = \tfrac12 I_w(\nu/2, \tfrac12)$ for $t \le 0$ and $1 - \tfrac12 I_w(\nu/2, \tfrac12)$ above
 *   (Abramowitz and Stegun 26.7.1); the upper tail is the lower tail at $-t$ by symmetry.
 *   $\partial_\nu$ combines the shape derivative with $\partial w/\partial\nu = t^2/(\nu + t^2)^2$.</li>
 *   <li>Half-Student-t$(\nu, \sigma)$ with $z = y/\sigma$: $F = 1 - I_w(\nu/2, \tfrac12)$,
 *   $1 - F = I_w(\nu/2, \tfrac12)$.</li>
 * </ul>
 * The quantity $1 - w = t^2/(\nu + t^2)$ is formed directly, never as $1 - w$.
 */
final class BetaCdfs {

    private BetaCdfs() {}

    static double beta(Operands args, boolean upper) {
        Operand y = args.value(), alpha = args.parameter(0), beta = args.parameter(1);
        double[] pointwise = args.pointwise();
        double[] r = args.scratch(6);
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), a = alpha.get(b), bb = beta.get(b), lp;
            if (Double.isNaN(yb) || !Positives.allFinitePositive(a, bb)) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (yb <= 0 || yb >= 1) {
                lp = (yb >= 1) == upper ? Double.NEGATIVE_INFINITY : 0;
            } else {
                IncompleteBeta.evaluate(a, bb, yb, 1 - yb, r, 0);
                int base = upper ? IncompleteBeta.LOG_J : IncompleteBeta.LOG_I;
                lp = r[base];
                if (lp > Double.NEGATIVE_INFINITY) {
                    double logPdf = (a - 1) * Math.log(yb) + (bb - 1) * Math.log1p(-yb) - LogBeta.value(a, bb);
                    y.addAdjoint(b, (upper ? -1 : 1) * Math.exp(logPdf - lp));
                    if (alpha.hasAdjoint()) alpha.addAdjoint(b, r[base + 1]);
                    if (beta.hasAdjoint()) beta.addAdjoint(b, r[base + 2]);
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    static double studentT(Operands args, boolean upper) {
        Operand y = args.value(), nu = args.parameter(0), mu = args.parameter(1), sigma = args.parameter(2);
        double[] pointwise = args.pointwise();
        double[] r = args.scratch(6);
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), n = nu.get(b), m = mu.get(b), s = sigma.get(b), lp;
            if (Double.isNaN(yb) || !Positives.allFinitePositive(n, s) || !Double.isFinite(m)) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (Double.isInfinite(yb)) {
                lp = (yb > 0) == upper ? Double.NEGATIVE_INFINITY : 0;
            } else {
                // the upper tail at t is the lower tail at -t
                double t = (upper ? -1 : 1) * (yb - m) / s;
                double[] partials = lowerTail(n, t, r);
                lp = partials[0];
                if (lp > Double.NEGATIVE_INFINITY) {
                    double dT = (upper ? -1 : 1) * partials[1] / s; // d lp / dy through t
                    y.addAdjoint(b, dT);
                    mu.addAdjoint(b, -dT);
                    sigma.addAdjoint(b, -dT * (yb - m) / s);
                    if (nu.hasAdjoint()) nu.addAdjoint(b, partials[2]);
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    static double halfStudentT(Operands args, boolean upper) {
        Operand y = args.value(), nu = args.parameter(0), sigma = args.parameter(1);
        double[] pointwise = args.pointwise();
        double[] r = args.scratch(6);
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), n = nu.get(b), s = sigma.get(b), lp;
            if (Double.isNaN(yb) || !Positives.allFinitePositive(n, s)) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (yb <= 0 || yb == Double.POSITIVE_INFINITY) {
                lp = (yb > 0) == upper ? Double.NEGATIVE_INFINITY : 0;
            } else {
                double z = yb / s, z2 = z * z;
                double w = n / (n + z2), oneMinusW = z2 / (n + z2);
                IncompleteBeta.evaluate(0.5 * n, 0.5, w, oneMinusW, r, 0);
                // 1 - F = I_w(nu/2, 1/2) and F = its complement
                int base = upper ? IncompleteBeta.LOG_I : IncompleteBeta.LOG_J;
                lp = r[base];
                if (lp > Double.NEGATIVE_INFINITY) {
                    // d log(tail)/dw = +-i_w / tail, i_w the Beta(nu/2, 1/2) density at w; + for I, - for the complement
                    double logDensityW = (0.5 * n - 1) * Math.log(w) - 0.5 * Math.log(oneMinusW) - LogBeta.value(0.5 * n, 0.5);
                    double dW = (upper ? 1 : -1) * Math.exp(logDensityW - lp);
                    double dz = dW * (-2 * n * z / ((n + z2) * (n + z2))); // dw/dz
                    y.addAdjoint(b, dz / s);
                    sigma.addAdjoint(b, -dz * z / s);
                    if (nu.hasAdjoint()) nu.addAdjoint(b, 0.5 * r[base + 1] + dW * z2 / ((n + z2) * (n + z2)));
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    /**
     * $\log F_\nu(t)$ of the standard Student-t with its derivatives in $t$ and $\nu$, written into
     * {@code r[0..2]} after {@code r} served as the incomplete-beta buffer.
     */
    private static double[] lowerTail(double n, double t, double[] r) {
        double t2 = t * t;
        double w = n / (n + t2), oneMinusW = t2 / (n + t2);
        double dwDnu = t2 / ((n + t2) * (n + t2)), dwDt = -2 * n * t / ((n + t2) * (n + t2));
        double logDensityW = (0.5 * n - 1) * Math.log(w) - 0.5 * Math.log(oneMinusW) - LogBeta.value(0.5 * n, 0.5);
        double lp, dT, dNu;
        if (t2 == 0) {
            lp = Math.log(0.5);
            // F(0) = 1/2 for every nu; the density at 0 is Gamma((nu+1)/2) / (sqrt(nu pi) Gamma(nu/2))
            dT = 2 * Math.exp(-0.5 * Math.log(n) - LogBeta.value(0.5 * n, 0.5));
            dNu = 0;
        } else {
            IncompleteBeta.evaluate(0.5 * n, 0.5, w, oneMinusW, r, 0);
            double logI = r[IncompleteBeta.LOG_I], dA = r[IncompleteBeta.D_A];
            // d log I / dw = i_w / I
            double dLogIdW = Math.exp(logDensityW - logI);
            if (t < 0) {
                // F = I / 2
                lp = Math.log(0.5) + logI;
                dT = dLogIdW * dwDt;
                dNu = 0.5 * dA + dLogIdW * dwDnu;
            } else {
                // F = 1 - I / 2
                double half = 0.5 * Math.exp(logI);
                lp = Math.log1p(-half);
                double scale = -half / (1 - half);
                dT = scale * dLogIdW * dwDt;
                dNu = scale * (0.5 * dA + dLogIdW * dwDnu);
            }
        }
        r[0] = lp;
        r[1] = dT;
        r[2] = dNu;
        return r;
    }
}
