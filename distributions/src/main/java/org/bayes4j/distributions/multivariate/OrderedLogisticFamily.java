package org.bayes4j.distributions.multivariate;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Ordered;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The ordered logistic (proportional-odds) distribution {@code ordered_logistic(eta, cutpoints)}: a latent
 * $z = \eta + \varepsilon$ with standard logistic $\varepsilon$ falls between increasing cutpoints
 * $c_0 < \dots < c_{K-2}$, and $y$ is the index of its interval. <b>0-based</b>, like {@code categorical}:
 * $y \in \{0, \dots, K-1\}$ (Stan's {@code ordered_logistic} is 1-based). With $\sigma$ the logistic function,
 * $$P(y = 0) = \sigma(c_0 - \eta),\quad P(y = K-1) = \sigma(\eta - c_{K-2}),\quad
 *   P(y = k) = \sigma(\eta - c_{k-1}) - \sigma(\eta - c_k).$$
 *
 * <p>Numerics: with $a = \eta - c_{k-1} > b = \eta - c_k$, the identity
 * $\sigma(a) - \sigma(b) = \sigma(a)\,\sigma(-b)\,(1 - e^{-(a-b)})$ gives
 * $\log P(y = k) = \log\sigma(a) + \log\sigma(-b) + \log(1 - e^{c_{k-1} - c_k})$, each term computed without
 * cancellation ($\log\sigma$ by {@code log1p}, the last by {@code log(-expm1)}).
 *
 * <p>Partials (with $\frac{d}{dx}\log\sigma(x) = \sigma(-x)$ and $g = 1/\mathrm{expm1}(c_k - c_{k-1})$):
 * middle $k$: $\partial_\eta = \sigma(-a) - \sigma(b)$, $\partial_{c_{k-1}} = -\sigma(-a) - g$,
 * $\partial_{c_k} = \sigma(b) + g$; $y = 0$: $\partial_\eta = -\sigma(\eta - c_0) = -\partial_{c_0}$;
 * $y = K - 1$: $\partial_\eta = \sigma(c_{K-2} - \eta) = -\partial_{c_{K-2}}$.
 *
 * <p>Support: integers $0..K-1$ ($K$ = number of cutpoints + 1); others give $-\infty$. Parameters: location
 * $\eta$ (real), cutpoints (strictly increasing; unordered ones give $-\infty$, and constant ones are rejected at
 * model build naming the first offending index). Draws: $z = \eta + \log(u/(1-u))$, $y = \#\{j : c_j < z\}$.
 *
 * <p>Reference: Stan Functions Reference, "Ordered logistic distribution"; McCullagh (1980), "Regression models
 * for ordinal data", JRSS B 42.
 */
public final class OrderedLogisticFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("eta", Real.INSTANCE, "location of the latent logistic"),
            new ParameterSpec("cutpoints", Ordered.INSTANCE, 1, "increasing cutpoints"));

    @Override public String name() { return "ordered_logistic"; }

    @Override public String description() { return "ordinal outcome 0..K-1 of a latent logistic(eta) cut at increasing cutpoints"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public void checkParameters(double[][] constants) {
        if (constants[0] != null) {
            for (int j = 0; j < constants[0].length; j++) {
                if (!Double.isFinite(constants[0][j])) throw new IllegalArgumentException(name() + ": eta[" + j + "] is " + constants[0][j] + ", but must be finite");
            }
        }
        double[] c = constants.length > 1 ? constants[1] : null;
        if (c == null) return;
        for (int j = 0; j < c.length; j++) {
            if (!Double.isFinite(c[j])) throw new IllegalArgumentException(name() + ": cutpoints[" + j + "] is " + c[j] + ", but must be finite");
            if (j > 0 && !(c[j] > c[j - 1])) {
                throw new IllegalArgumentException(name() + ": cutpoints[" + j + "] is " + c[j] + ", but must be greater than cutpoints["
                        + (j - 1) + "] = " + c[j - 1] + " (cutpoints must be strictly increasing)");
            }
        }
    }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), eta = args.parameter(0), cut = args.parameter(1);
        int m = cut.eventLength();
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double lp = logMass(y.get(b), eta, cut, b, m);
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    private static double logMass(double yv, Operand eta, Operand cut, int b, int m) {
        double e = eta.get(b);
        if (!(yv >= 0 && yv <= m && yv == Math.rint(yv)) || !Double.isFinite(e)) return Double.NEGATIVE_INFINITY;
        for (int j = 0; j < m; j++) {
            if (!Double.isFinite(cut.get(b, j)) || (j > 0 && !(cut.get(b, j) > cut.get(b, j - 1)))) return Double.NEGATIVE_INFINITY;
        }
        int k = (int) yv;
        if (k == 0) {
            double x = cut.get(b, 0) - e;
            eta.addAdjoint(b, -logistic(-x));
            cut.addAdjoint(b, 0, logistic(-x));
            return logLogistic(x);
        }
        if (k == m) {
            double x = e - cut.get(b, m - 1);
            eta.addAdjoint(b, logistic(-x));
            cut.addAdjoint(b, m - 1, -logistic(-x));
            return logLogistic(x);
        }
        double lower = cut.get(b, k - 1), upper = cut.get(b, k);
        double a = e - lower, bb = e - upper, gap = upper - lower;
        double g = 1 / Math.expm1(gap);
        eta.addAdjoint(b, logistic(-a) - logistic(bb));
        cut.addAdjoint(b, k - 1, -logistic(-a) - g);
        cut.addAdjoint(b, k, logistic(bb) + g);
        return logLogistic(a) + logLogistic(-bb) + Math.log(-Math.expm1(-gap));
    }

    /** $\log\sigma(x)$ without overflow or cancellation. */
    static double logLogistic(double x) { return x > 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x)); }

    static double logistic(double x) { return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)); }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand eta = args.parameter(0), cut = args.parameter(1);
        int m = cut.eventLength();
        for (int b = 0; b < args.batchSize(); b++) {
            double u = rng.nextDouble();
            while (u == 0) u = rng.nextDouble();
            double z = eta.get(b) + Math.log(u) - Math.log1p(-u);
            int y = 0;
            while (y < m && cut.get(b, y) < z) y++;
            out[outOffset + b] = y;
        }
    }
}
