package org.bayes4j.distributions.combinators;

import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.distributions.callsite.CallSiteCache;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * A univariate continuous base family truncated to $[L, U]$, {@code truncated(lower, upper, base...)}:
 * $$\log p(y) = \log p_0(y) - \log\bigl(F_0(U) - F_0(L)\bigr), \qquad L \le y \le U,$$
 * and $-\infty$ outside. $L = -\infty$ or $U = +\infty$ leaves that side open. The base is any
 * family implementing {@link org.bayes4j.spi.distribution.CumulativeDistribution} (normal, lognormal,
 * exponential, logistic, cauchy, laplace, weibull, uniform), named by option {@code base}; the descriptor
 * {@code org.bayes4j.spi.dist.Truncated.of(Normal.of(mu, sigma), lower, upper)} sets it.
 *
 * <p><b>The normaliser without cancellation.</b> $Z = F(U) - F(L)$ is formed in log space as
 * $\log F(U) + \log(1 - e^{\log F(L) - \log F(U)})$, or, when $L$ lies in the upper half of the
 * base ($F(L) > 1/2$, where $1 - F$ keeps the digits $F$ loses), as $\log S(L) + \log(1 -
 * e^{\log S(U) - \log S(L)})$ with $S = 1 - F$. Both forms are evaluated (the base's log CDF and log
 * CCDF at both bounds) and the partials of the unused one are weighted 0. With $Z = e^a - e^c$,
 * $\partial\log Z/\partial a = 1/(1 - e^{c-a})$ and $\partial\log Z/\partial c = -1/(e^{a-c} - 1)$; these
 * weight the base's CDF partials, which include the bounds (the CDF's points), so bounds may be
 * model parameters.
 *
 * <p>Draws: by rejection from the base, one batch of base draws per round filling every event still
 * pending; the expected number of rounds grows like $\log(\text{batch})/Z$, so this suits
 * truncations that keep a fair share of the base's mass (below 1e-4 it fails with an error).
 *
 * <p>Reference: Stan Reference Manual, "Truncated distributions"; PyMC {@code pm.Truncated}.
 */
public final class TruncatedFamily implements DistributionFamily {

    private static final double LOG_HALF = Math.log(0.5);
    private static final int MAX_ROUNDS = 100_000;

    private final DistributionFamily base;
    private final List<ParameterSpec> parameters;
    private final CallSiteCache<Operands, Calls> cache = new CallSiteCache<>(Calls::fits, Calls::new);

    /** The unconfigured family, as {@code ServiceLoader} finds it; {@link #configure} names the base. */
    public TruncatedFamily() {
        this.base = null;
        this.parameters = List.of(ParameterSpec.scalar("lower", ExtendedReal.INSTANCE, "lower bound (-inf: none)"),
                ParameterSpec.scalar("upper", ExtendedReal.INSTANCE, "upper bound (+inf: none)"));
    }

    private TruncatedFamily(DistributionFamily base) {
        this.base = base;
        this.parameters = Bounds.parameters(base);
    }

    @Override public String name() { return "truncated"; }

    @Override public DistributionFamily configure(Map<String, Object> options) { return new TruncatedFamily(Bounds.base(name(), options)); }

    @Override public String description() {
        return base == null ? "a univariate continuous family truncated to [lower, upper]" : base.name() + " truncated to [lower, upper]";
    }

    @Override public List<ParameterSpec> parameters() { return parameters; }

    @Override public Constraint support() { return base == null ? Real.INSTANCE : base.support(); }

    @Override public Constraint support(double[][] constants) { return base == null ? support() : Bounds.support(base, constants); }

    @Override
    public void checkParameters(double[][] constants) {
        requireConfigured();
        DistributionFamily.super.checkParameters(constants);
        Bounds.check(name(), base, constants);
    }

    @Override
    public double logDensity(Operands args) {
        requireConfigured();
        Calls c = cache.get(args);
        c.load(args);
        c.density.evaluate();
        c.cdfUpper.evaluateCdf(false);
        c.cdfLower.evaluateCdf(false);
        c.ccdfUpper.evaluateCdf(true);
        c.ccdfLower.evaluateCdf(true);
        Operand y = args.value(), lower = args.parameter(0), upper = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double l = lower.get(b), u = upper.get(b), yb = y.get(b), lp = Double.NEGATIVE_INFINITY;
            c.clear(b);
            if (l < u && yb >= l && yb <= u) {
                double logZ;
                double a = c.cdfUpper.pointwise()[b], cl = c.cdfLower.pointwise()[b];
                if (cl > LOG_HALF) {
                    double sl = c.ccdfLower.pointwise()[b], su = c.ccdfUpper.pointwise()[b];
                    logZ = sl + Bounds.log1mExp(su - sl);
                    c.wCcdfLower[b] = -1 / -Math.expm1(su - sl);
                    c.wCcdfUpper[b] = 1 / Math.expm1(sl - su);
                } else {
                    logZ = a + Bounds.log1mExp(cl - a);
                    c.wCdfUpper[b] = -1 / -Math.expm1(cl - a);
                    c.wCdfLower[b] = 1 / Math.expm1(a - cl);
                }
                lp = c.density.pointwise()[b] - logZ;
                if (lp > Double.NEGATIVE_INFINITY && lp < Double.POSITIVE_INFINITY) {
                    c.wDensity[b] = 1;
                } else {
                    lp = Double.NEGATIVE_INFINITY;
                    c.clear(b);
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        c.chain(args);
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        requireConfigured();
        Calls c = cache.get(args);
        c.load(args);
        Operand lower = args.parameter(0), upper = args.parameter(1);
        int batch = args.batchSize(), pending = batch;
        for (int b = 0; b < batch; b++) out[outOffset + b] = Double.NaN;
        for (int round = 0; pending > 0; round++) {
            if (round == MAX_ROUNDS) {
                throw new IllegalStateException(name() + ": rejection sampling of " + base.name() + " truncated to [lower, upper] kept "
                        + pending + " of " + batch + " events pending after " + MAX_ROUNDS + " rounds; the interval holds too little mass");
            }
            c.density.sample(rng, c.wDensity);
            for (int b = 0; b < batch; b++) {
                double d = c.wDensity[b];
                if (Double.isNaN(out[outOffset + b]) && d >= lower.get(b) && d <= upper.get(b)) {
                    out[outOffset + b] = d;
                    pending--;
                }
            }
        }
    }

    private void requireConfigured() {
        if (base == null) throw new IllegalStateException(name() + ": configure(options) with option 'base' before use");
    }

    /** The base's density at y and its CDF and CCDF at both bounds, with the weights of their partials. */
    private final class Calls {
        final ComponentCall density, cdfUpper, cdfLower, ccdfUpper, ccdfLower;
        final double[] wDensity, wCdfUpper, wCdfLower, wCcdfUpper, wCcdfLower;

        Calls(Operands args) {
            density = new ComponentCall(base, args, 2, ComponentCall.PARENT_VALUE);
            cdfUpper = new ComponentCall(base, args, 2, 1);
            cdfLower = new ComponentCall(base, args, 2, 0);
            ccdfUpper = new ComponentCall(base, args, 2, 1);
            ccdfLower = new ComponentCall(base, args, 2, 0);
            int n = args.batchSize();
            wDensity = new double[n];
            wCdfUpper = new double[n];
            wCdfLower = new double[n];
            wCcdfUpper = new double[n];
            wCcdfLower = new double[n];
        }

        boolean fits(Operands args) {
            return density.fits(args) && cdfUpper.fits(args) && cdfLower.fits(args);
        }

        void load(Operands args) {
            density.load(args);
            cdfUpper.load(args);
            cdfLower.load(args);
            ccdfUpper.load(args);
            ccdfLower.load(args);
        }

        void clear(int b) {
            wDensity[b] = 0;
            wCdfUpper[b] = 0;
            wCdfLower[b] = 0;
            wCcdfUpper[b] = 0;
            wCcdfLower[b] = 0;
        }

        void chain(Operands args) {
            density.chain(args, wDensity, 1, 0);
            cdfUpper.chain(args, wCdfUpper, 1, 0);
            cdfLower.chain(args, wCdfLower, 1, 0);
            ccdfUpper.chain(args, wCcdfUpper, 1, 0);
            ccdfLower.chain(args, wCcdfLower, 1, 0);
        }
    }
}
