package org.bayes4j.distributions.continuous;

import org.apache.commons.numbers.gamma.LogGamma;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;

/**
 * Batched log CDFs of the gamma and inverse gamma families, through {@link IncompleteGamma}.
 *
 * <p>Gamma with shape $\alpha$ and rate $\beta$: $F(y) = P(\alpha, u)$ with $u = \beta y$. With
 * $g(u) = u^{\alpha-1}e^{-u}/\Gamma(\alpha)$ the unit-rate density,
 * $\partial_y\log F = \beta g(u)/F$, $\partial_\beta\log F = y\,g(u)/F$ and
 * $\partial_\alpha\log F = \partial_a\log P(\alpha, u)$; the upper tail uses $Q$ and the opposite signs.
 *
 * <p>Inverse gamma with shape $\alpha$ and scale $\beta$: $Y = 1/X$ for $X \sim$ gamma$(\alpha, \beta)$,
 * so $F(y) = Q(\alpha, u)$ with $u = \beta/y$: $\partial_y\log F = (\beta/y^2) g(u)/F$,
 * $\partial_\beta\log F = -g(u)/(yF)$, $\partial_\alpha\log F = \partial_a\log Q(\alpha, u)$.
 *
 * <p>Points at or below 0 give $\log F = -\infty$ and $\log(1-F) = 0$; $+\infty$ the reverse;
 * invalid parameters give $-\infty$ without partials (never NaN).
 */
final class GammaCdfs {

    private GammaCdfs() {}

    static double gamma(Operands args, boolean upper) { return evaluate(args, upper, false); }

    static double inverseGamma(Operands args, boolean upper) { return evaluate(args, upper, true); }

    private static double evaluate(Operands args, boolean upper, boolean inverse) {
        Operand y = args.value(), alpha = args.parameter(0), beta = args.parameter(1);
        double[] pointwise = args.pointwise();
        double[] scratch = args.scratch(4);
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), a = alpha.get(b), s = beta.get(b), lp;
            if (Double.isNaN(yb) || !Positives.allFinitePositive(a, s)) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (yb <= 0 || yb == Double.POSITIVE_INFINITY) {
                // F(0) = 0 and F(inf) = 1 for both families
                boolean atTop = yb == Double.POSITIVE_INFINITY;
                lp = atTop == upper ? Double.NEGATIVE_INFINITY : 0;
            } else {
                double u = inverse ? s / yb : s * yb;
                IncompleteGamma.evaluate(a, u, scratch, 0);
                // the lower tail of Y is the lower tail of u for the gamma and its upper tail for the inverse gamma
                boolean useP = upper == inverse;
                lp = scratch[useP ? IncompleteGamma.LOG_P : IncompleteGamma.LOG_Q];
                double dAlpha = scratch[useP ? IncompleteGamma.D_LOG_P : IncompleteGamma.D_LOG_Q];
                if (lp > Double.NEGATIVE_INFINITY) {
                    // d log(tail)/du = +-g(u)/tail: + for P, - for Q
                    double logG = (a - 1) * Math.log(u) - u - LogGamma.value(a);
                    double dU = (useP ? 1 : -1) * Math.exp(logG - lp);
                    double duDy = inverse ? -s / (yb * yb) : s;
                    double duDbeta = inverse ? 1 / yb : yb;
                    y.addAdjoint(b, dU * duDy);
                    beta.addAdjoint(b, dU * duDbeta);
                    if (alpha.hasAdjoint()) alpha.addAdjoint(b, dAlpha);
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }
}
