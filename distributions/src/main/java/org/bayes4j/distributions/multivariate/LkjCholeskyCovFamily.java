package org.bayes4j.distributions.multivariate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.CholeskyCovariance;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.LowerBounded;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.spi.model.Constant;
import org.bayes4j.spi.model.DistributionSpec;
import org.bayes4j.spi.model.Expr;

/**
 * The LKJ prior on the Cholesky factor of a covariance matrix with a prior on the standard deviations,
 * {@code lkj_cholesky_cov(eta)} with option {@code sd_dist} (PyMC's {@code LKJCholeskyCov}). The value is
 * $L = \mathrm{diag}(s)\,L_\Omega$: row $i$ (0-based) of $L$ is $s_i\,\omega_i$ with $\omega_i$ the unit row of
 * the correlation factor $L_\Omega$ (positive last entry), so $s_i = \lVert L_i\rVert$ and $\omega_i = L_i/s_i$.
 * With $\Omega = L_\Omega L_\Omega^\top \sim \mathrm{LKJ}(\eta)$ and $s_i \sim$ {@code sd_dist} independently,
 * $$\log p(L) = \log\mathrm{LKJ}(L_\Omega\mid\eta) + \sum_i \log p_{sd}(s_i) - \sum_i\big[i\log s_i - \log\omega_{ii}\big],$$
 * a density with respect to Lebesgue measure on the lower triangle of $L$ (diagonal included).
 *
 * <p>Jacobian: row $i$ has $n = i + 1$ entries and is polar coordinates, $L_i = s\,u$ with $u$ on the unit sphere
 * written as the graph $u_n = \sqrt{1 - \lVert u'\rVert^2}$ over its first $i$ coordinates (the free $\omega$
 * coordinates). Volume is $s^{n-1}\,ds\,d\sigma(u)$ and the surface element of that graph is
 * $d\sigma = du'/u_n$, so $|\partial L_i/\partial(\omega_{i,<i}, s_i)| = s_i^{i}/\omega_{ii}$; rows are independent
 * blocks, and the density of $L$ divides by the product. (The brief's 1-based $s_i^{i-1}$ is the same.)
 *
 * <p>Support: {@link CholeskyCovariance}; parameter: $\eta > 0$; option {@code sd_dist}: a {@link DistributionSpec}
 * of a family on the positive reals whose arguments are all constants (e.g. {@code Exponential.of(1)},
 * {@code HalfStudentT.of(3, 2)}), resolved by name through {@code ServiceLoader} in {@link #configure}. Batch axes
 * are independent covariance factors.
 *
 * <p>Partials: writing $a_i = K - i + 2\eta - 2$ for $i \ge 1$ and $a_0 = 0$, row $i$ contributes
 * $h_i = a_i\log L_{ii} - (a_i + i)\log s_i + \log p_{sd}(s_i)$ plus constants, so with
 * $\partial s_i/\partial L_{ij} = L_{ij}/s_i$,
 * $\partial_{L_{ij}} = a_i[j = i]/L_{ii} + \big(-(a_i + i)/s_i + (\log p_{sd})'(s_i)\big) L_{ij}/s_i$; and
 * $\partial_\eta = \frac{d}{d\eta}\log c_K(\eta) + 2\sum_{i\ge1}\log\omega_{ii}$.
 *
 * <p>Draws: $L_\Omega$ by the C-vine (as {@link LkjCorrCholeskyFamily}), $s_i$ from {@code sd_dist}, rows scaled.
 *
 * <p>References: Lewandowski, Kurowicka, Joe (2009); PyMC {@code pymc.LKJCholeskyCov} documentation; Stan
 * Functions Reference, "LKJ correlation Cholesky distribution".
 */
public final class LkjCholeskyCovFamily implements DistributionFamily {

    /** The option naming the prior of the standard deviations. */
    public static final String SD_OPTION = "sd_dist";

    private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.scalar("eta", Positive.INSTANCE, "shape"));

    private final DistributionFamily sd;
    private final double[][] sdArguments;
    private final LkjConstant normaliser = new LkjConstant();

    public LkjCholeskyCovFamily() { this(null, null); }

    LkjCholeskyCovFamily(DistributionFamily sd, double[][] sdArguments) {
        this.sd = sd;
        this.sdArguments = sdArguments;
    }

    @Override public String name() { return "lkj_cholesky_cov"; }

    @Override public String description() { return "LKJ(eta) correlations with sd_dist standard deviations, as a Cholesky factor of a covariance"; }

    @Override
    public DistributionFamily configure(Map<String, Object> options) {
        for (String key : options.keySet()) {
            if (!key.equals(SD_OPTION)) throw new IllegalArgumentException(name() + " takes only the option " + SD_OPTION + ", got " + key);
        }
        if (!(options.get(SD_OPTION) instanceof DistributionSpec spec)) {
            throw new IllegalArgumentException(name() + ": option " + SD_OPTION + " is " + options.get(SD_OPTION)
                    + ", but must be a distribution of the standard deviations, e.g. Exponential.of(1)");
        }
        DistributionFamily family = null;
        for (DistributionFamily f : ServiceLoader.load(DistributionFamily.class)) if (f.name().equals(spec.family())) family = f;
        if (family == null) throw new IllegalArgumentException(name() + ": " + SD_OPTION + " names no installed family '" + spec.family() + "'");
        family = family.configure(spec.options());
        Constraint support = family.support();
        boolean positive = support instanceof Positive || (support instanceof LowerBounded lb && lb.lower() == 0);
        if (!positive || family.valueEventRank() != 0) {
            throw new IllegalArgumentException(name() + ": " + SD_OPTION + " " + spec.family() + " has support " + support.name()
                    + ", but must be a scalar family on the positive reals");
        }
        List<Expr> arguments = spec.arguments();
        if (arguments.size() != family.parameters().size()) {
            throw new IllegalArgumentException(name() + ": " + SD_OPTION + " " + spec.family() + " takes " + family.parameters().size()
                    + " arguments, got " + arguments.size());
        }
        double[][] constants = new double[arguments.size()][];
        for (int p = 0; p < constants.length; p++) {
            if (!(arguments.get(p) instanceof Constant c) || c.size() != 1) {
                throw new IllegalArgumentException(name() + ": " + SD_OPTION + " argument " + family.parameters().get(p).name()
                        + " is " + arguments.get(p).label() + ", but must be a scalar constant");
            }
            constants[p] = c.values();
        }
        family.checkParameters(constants);
        return new LkjCholeskyCovFamily(family, constants);
    }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return CholeskyCovariance.INSTANCE; }

    @Override public int valueEventRank() { return 2; }

    @Override
    public int[] valueEventShape(int[][] parameterEventShapes) {
        if (parameterEventShapes[0].length != 0) {
            throw new IllegalArgumentException(name() + ": eta has event shape " + Arrays.toString(parameterEventShapes[0]) + ", but must be a scalar");
        }
        return new int[] {-1, -1};
    }

    private void requireConfigured() {
        if (sd == null) throw new IllegalStateException(name() + " needs the option " + SD_OPTION + " (configure it first)");
    }

    @Override
    public double logDensity(Operands args) {
        requireConfigured();
        Operand l = args.value(), eta = args.parameter(0);
        int k = l.eventLength();
        double[] s = new double[k], sAdjoint = new double[k];
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double e = eta.get(b), lp;
            if (!(e > 0) || e == Double.POSITIVE_INFINITY || !isCovarianceFactor(l.data(), l.start(b), k)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                for (int i = 0; i < k; i++) {
                    double norm = 0;
                    for (int j = 0; j <= i; j++) norm += l.get(b, i * k + j) * l.get(b, i * k + j);
                    s[i] = Math.sqrt(norm);
                }
                Arrays.fill(sAdjoint, 0);
                lp = scaleLogDensity(s, sAdjoint);
                if (lp == Double.NEGATIVE_INFINITY) {
                    if (pointwise != null) pointwise[b] = lp;
                    total += lp;
                    continue;
                }
                LkjConstant.Value constant = normaliser.at(e, k);
                lp += constant.log();
                double logOmegaDiagonals = 0;
                for (int i = 0; i < k; i++) {
                    double diagonal = l.get(b, i * k + i), a = i == 0 ? 0 : k - i + 2 * e - 2;
                    double logOmega = Math.log(diagonal) - Math.log(s[i]);
                    if (i > 0) logOmegaDiagonals += logOmega;
                    lp += a * Math.log(diagonal) - (a + i) * Math.log(s[i]);
                    double radial = (-(a + i) / s[i] + sAdjoint[i]) / s[i];
                    for (int j = 0; j <= i; j++) l.addAdjoint(b, i * k + j, radial * l.get(b, i * k + j) + (j == i ? a / diagonal : 0));
                }
                eta.addAdjoint(b, 2 * logOmegaDiagonals + constant.derivative());
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    /** $\sum_i \log p_{sd}(s_i)$ through the sd family, its derivatives in $s_i$ added to {@code adjoint}. */
    private double scaleLogDensity(double[] s, double[] adjoint) {
        Operand[] parameters = new Operand[sdArguments.length];
        for (int p = 0; p < parameters.length; p++) parameters[p] = Operand.of(sdArguments[p], null, 0, true);
        return sd.logDensity(new Operands(s.length, Operand.of(s, adjoint, 0, false), parameters));
    }

    /** Lower triangular with finite entries and a positive diagonal. */
    static boolean isCovarianceFactor(double[] v, int from, int k) {
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double x = v[from + i * k + j];
                if (!Double.isFinite(x) || (j > i && x != 0)) return false;
            }
            if (!(v[from + i * k + i] > 0)) return false;
        }
        return true;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        requireConfigured();
        Operand eta = args.parameter(0);
        int k = args.value().eventLength();
        double[] s = new double[k];
        Operand[] parameters = new Operand[sdArguments.length];
        for (int p = 0; p < parameters.length; p++) parameters[p] = Operand.of(sdArguments[p], null, 0, true);
        Operands scales = new Operands(k, Operand.of(new double[k], null, 0, false), parameters);
        for (int b = 0; b < args.batchSize(); b++) {
            int at = outOffset + b * k * k;
            LkjCorrCholeskyFamily.drawCorrelationFactor(rng, eta.get(b), k, out, at);
            sd.sample(rng, scales, s, 0);
            for (int i = 0; i < k; i++) for (int j = 0; j <= i; j++) out[at + i * k + j] *= s[i];
        }
    }
}
