package org.bayes4j.distributions.continuous;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Interval;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The continuous uniform distribution {@code uniform(lower, upper)}:
 * $$\log p(y\mid a, b) = -\log(b - a)\quad\text{for } a < y < b.$$
 *
 * <p>Support: the open interval $(a, b)$. It depends on the parameters, so {@link #support()} is the
 * real line and {@link #support(double[][])} gives {@code Interval(a, b)} when both bounds are
 * constants (as a model needs them to be for a parameter with this prior). Parameters: $a < b$, both finite.
 * Mean $(a + b)/2$, variance $(b - a)^2/12$.
 *
 * <p>Partials: $\partial_y = 0$, $\partial_a = 1/(b - a)$, $\partial_b = -1/(b - a)$.
 *
 * <p>Draws: $a + (b - a)u$, redrawn in the rare event that rounding lands on a bound.
 *
 * <p>CDF: $\log F = \log(y - a) - \log(b - a)$, $\log(1 - F) = \log(b - y) - \log(b - a)$ inside $(a, b)$.
 *
 * <p>Reference: Stan Functions Reference, "Uniform distribution".
 */
public final class UniformFamily implements DistributionFamily, CumulativeDistribution {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("lower", Real.INSTANCE, "lower bound"),
            ParameterSpec.scalar("upper", Real.INSTANCE, "upper bound (greater than lower)"));

    @Override public String name() { return "uniform"; }

    @Override public String description() { return "continuous uniform distribution on (lower, upper)"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Real.INSTANCE; }

    @Override
    public Constraint support(double[][] constants) {
        if (constants.length == 2 && constants[0] != null && constants[1] != null && constants[0].length == 1
                && constants[1].length == 1 && Double.isFinite(constants[0][0]) && Double.isFinite(constants[1][0])
                && constants[0][0] < constants[1][0]) {
            return new Interval(constants[0][0], constants[1][0]);
        }
        return support();
    }

    @Override
    public void checkParameters(double[][] constants) {
        DistributionFamily.super.checkParameters(constants);
        if (constants.length < 2 || constants[0] == null || constants[1] == null) return;
        double[] lower = constants[0], upper = constants[1];
        int n = Math.max(lower.length, upper.length);
        for (int i = 0; i < n; i++) {
            double a = lower[lower.length == 1 ? 0 : i], b = upper[upper.length == 1 ? 0 : i];
            if (!(a < b)) {
                String index = n > 1 ? "[" + i + "]" : "";
                throw new IllegalArgumentException(name() + ": lower" + index + " is " + a + ", but must be less than upper"
                        + index + " (" + b + ")");
            }
        }
    }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), lower = args.parameter(0), upper = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), lowerb = lower.get(b), upperb = upper.get(b);
            double width = upperb - lowerb;
            double lp;
            if (!Double.isFinite(lowerb) || !Double.isFinite(upperb) || !(width > 0) || width == Double.POSITIVE_INFINITY
                    || !(yb > lowerb && yb < upperb)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                lp = -Math.log(width);
                double invWidth = 1 / width;
                y.addAdjoint(b, 0);
                lower.addAdjoint(b, invWidth);
                upper.addAdjoint(b, -invWidth);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand lower = args.parameter(0), upper = args.parameter(1);
        for (int b = 0; b < args.batchSize(); b++) {
            double a = lower.get(b), c = upper.get(b), draw;
            do {
                draw = a + (c - a) * rng.nextDouble();
            } while (!(draw > a && draw < c));
            out[outOffset + b] = draw;
        }
    }

    @Override public double logCdf(Operands args) { return cdf(args, false); }

    @Override public double logCcdf(Operands args) { return cdf(args, true); }

    /** $\log F$ or $\log(1 - F)$: the log of the distance to the near bound over the width. */
    private static double cdf(Operands args, boolean upperTail) {
        Operand x = args.value(), lower = args.parameter(0), upper = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double xb = x.get(b), a = lower.get(b), c = upper.get(b), width = c - a, lp;
            if (!Double.isFinite(a) || !Double.isFinite(c) || !(width > 0) || width == Double.POSITIVE_INFINITY || Double.isNaN(xb)) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (xb <= a) {
                lp = upperTail ? 0 : Double.NEGATIVE_INFINITY;
            } else if (xb >= c) {
                lp = upperTail ? Double.NEGATIVE_INFINITY : 0;
            } else if (upperTail) {
                lp = Math.log(c - xb) - Math.log(width);
                x.addAdjoint(b, -1 / (c - xb));
                lower.addAdjoint(b, 1 / width);
                upper.addAdjoint(b, 1 / (c - xb) - 1 / width);
            } else {
                lp = Math.log(xb - a) - Math.log(width);
                x.addAdjoint(b, 1 / (xb - a));
                lower.addAdjoint(b, -1 / (xb - a) + 1 / width);
                upper.addAdjoint(b, -1 / width);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }
}
