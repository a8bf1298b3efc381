package org.bayes4j.distributions.multivariate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.ZeroSum;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The zero-sum normal {@code zero_sum_normal(sigma)}: an isotropic normal restricted to the arrays whose sums
 * along each of the last $n$ axes vanish (PyMC's {@code ZeroSumNormal}). With option {@code n_zerosum_axes}
 * $= n$ (default 1) an event is the trailing $n$ axes of the value, of sizes $K_1, \dots, K_n$, and it lies in
 * the subspace $V$ of dimension $D = \prod_a (K_a - 1)$. In isometric coordinates of $V$ (any orthonormal
 * basis, so Lebesgue measure on $V$),
 * $$\log p(x\mid\sigma) = -\sum_i \frac{x_i^2}{2\sigma^2} - D\left(\log\sigma + \tfrac12\log 2\pi\right),$$
 * the $D$-dimensional $N(0, \sigma^2 I_D)$ density, since $\sum_i x_i^2$ is the squared norm in any such basis.
 *
 * <p>Support: {@link ZeroSum#lastAxes}($n$); an array whose sum along a zero-sum axis exceeds
 * {@link ZeroSum#SUM_TOLERANCE} (relative to its largest entry) gives $-\infty$. Parameter: scale $\sigma > 0$.
 * Each entry has mean 0 and, for $n = 1$, variance $\sigma^2 (K-1)/K$; two entries of one vector have
 * covariance $-\sigma^2/K$.
 *
 * <p>Partials: $\partial_{x_i} = -x_i/\sigma^2$ (the ambient gradient; its component normal to $V$ is
 * irrelevant because every path the sampler takes stays in $V$) and
 * $\partial_\sigma = \sum_i x_i^2/\sigma^3 - D/\sigma$.
 *
 * <p>Draws: independent $N(0, \sigma^2)$ entries, then the mean along each zero-sum axis subtracted in turn.
 * Centring along one axis is the orthogonal projection onto its zero-sum subspace; projections along different
 * axes act on different tensor factors, so they commute and their product is the orthogonal projection $P$ onto
 * $V$; $P z \sim N(0, \sigma^2 P)$, the density above.
 *
 * <p>Reference: PyMC {@code pymc.ZeroSumNormal} documentation; the projection argument is standard
 * (e.g. Anderson, <i>An Introduction to Multivariate Statistical Analysis</i>, 3rd ed., section 2.4).
 */
public final class ZeroSumNormalFamily implements DistributionFamily {

    /** The option naming how many trailing axes sum to zero. */
    public static final String AXES_OPTION = "n_zerosum_axes";

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
    private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.scalar("sigma", Positive.INSTANCE, "scale"));

    private final int axes;

    public ZeroSumNormalFamily() { this(1); }

    ZeroSumNormalFamily(int axes) { this.axes = axes; }

    @Override public String name() { return "zero_sum_normal"; }

    @Override public String description() { return "normal with scale sigma restricted to arrays summing to zero along the last n axes"; }

    @Override
    public DistributionFamily configure(Map<String, Object> options) {
        int n = 1;
        for (Map.Entry<String, Object> e : options.entrySet()) {
            if (!e.getKey().equals(AXES_OPTION)) {
                throw new IllegalArgumentException(name() + " takes only the option " + AXES_OPTION + ", got " + e.getKey());
            }
            Object v = e.getValue();
            if (!(v instanceof Number number) || number.doubleValue() != Math.rint(number.doubleValue()) || number.intValue() < 1) {
                throw new IllegalArgumentException(name() + ": " + AXES_OPTION + " is " + v + ", but must be an integer >= 1");
            }
            n = number.intValue();
        }
        return n == axes ? this : new ZeroSumNormalFamily(n);
    }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return ZeroSum.lastAxes(axes); }

    @Override public int valueEventRank() { return axes; }

    /** Every axis size comes from the value ({@code -1}): sigma is a scalar. */
    @Override
    public int[] valueEventShape(int[][] parameterEventShapes) {
        if (parameterEventShapes[0].length != 0) {
            throw new IllegalArgumentException(name() + ": sigma has event shape " + Arrays.toString(parameterEventShapes[0]) + ", but must be a scalar");
        }
        int[] shape = new int[axes];
        Arrays.fill(shape, -1);
        return shape;
    }

    @Override
    public double logDensity(Operands args) {
        Operand x = args.value(), sigma = args.parameter(0);
        int[] shape = x.eventShape();
        int size = x.eventSize();
        double dimension = subspaceDimension(shape);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double s = sigma.get(b), lp;
            if (!(s > 0) || s == Double.POSITIVE_INFINITY || !sumsToZero(x.data(), x.start(b), shape)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double squares = 0, precision = 1 / (s * s);
                for (int i = 0; i < size; i++) {
                    double xi = x.get(b, i);
                    squares += xi * xi;
                    x.addAdjoint(b, i, -xi * precision);
                }
                double logSigma = Math.log(s);
                lp = -0.5 * squares * precision - dimension * (logSigma + HALF_LOG_TWO_PI);
                sigma.addAdjoint(b, squares * precision / s - dimension / s);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    /** $D = \prod_a (K_a - 1)$ over the event axes (all of which are zero-sum axes). */
    static double subspaceDimension(int[] shape) {
        double d = 1;
        for (int k : shape) d *= k - 1;
        return d;
    }

    /** Whether the event at {@code from} sums to zero along every axis, with the tolerance of {@link ZeroSum#contains}. */
    static boolean sumsToZero(double[] v, int from, int[] shape) {
        int size = 1;
        for (int k : shape) size *= k;
        double scale = 1;
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(v[from + i])) return false;
            scale = Math.max(scale, Math.abs(v[from + i]));
        }
        int stride = 1;
        for (int a = shape.length - 1; a >= 0; a--) {
            int n = shape[a], outer = size / (n * stride);
            for (int o = 0; o < outer; o++) {
                for (int s = 0; s < stride; s++) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) sum += v[from + o * n * stride + j * stride + s];
                    if (Math.abs(sum) > ZeroSum.SUM_TOLERANCE * scale * n) return false;
                }
            }
            stride *= n;
        }
        return true;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand sigma = args.parameter(0);
        int[] shape = args.value().eventShape();
        int size = args.value().eventSize();
        ZigguratSampler.NormalizedGaussian standard = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int b = 0; b < args.batchSize(); b++) {
            int at = outOffset + b * size;
            double s = sigma.get(b);
            for (int i = 0; i < size; i++) out[at + i] = s * standard.sample();
            int stride = 1;
            for (int a = shape.length - 1; a >= 0; a--) {
                int n = shape[a], outer = size / (n * stride);
                for (int o = 0; o < outer; o++) {
                    for (int t = 0; t < stride; t++) {
                        int first = at + o * n * stride + t;
                        double mean = 0;
                        for (int j = 0; j < n; j++) mean += out[first + j * stride];
                        mean /= n;
                        for (int j = 0; j < n; j++) out[first + j * stride] -= mean;
                    }
                }
                stride *= n;
            }
        }
    }
}
