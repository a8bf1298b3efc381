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
 * A univariate continuous base family censored at $L$ and $U$, {@code censored(lower, upper, base...)}:
 * a draw $x$ from the base is recorded as $y = \min(\max(x, L), U)$, so
 * $$\log p(y) = \begin{cases} \log F_0(L) & y = L,\\ \log p_0(y) & L < y < U,\\ \log(1 - F_0(U)) & y = U,\end{cases}$$
 * and $-\infty$ outside $[L, U]$. This is a mixed measure: atoms of mass $F_0(L)$ and $1 - F_0(U)$
 * at the bounds (the values returned there are probabilities) plus the base density between them,
 * so the atoms plus the integral over $(L, U)$ make 1. $L = -\infty$ or $U = +\infty$ censors one
 * side only. The base is a family implementing
 * {@link org.bayes4j.spi.distribution.CumulativeDistribution}, named by option {@code base}; the
 * descriptor {@code org.bayes4j.spi.dist.Censored.of(Normal.of(mu, sigma), lower, upper)} sets it.
 * Partials: those of the base's log CDF at $L$, its log CCDF at $U$, or its log density, by case;
 * the bound partials come from the CDF's partial in its point. A censored value carries no partial
 * (an atom does not move with $y$).
 *
 * <p>Draws: base draws clipped to $[L, U]$.
 *
 * <p>Reference: PyMC {@code pm.Censored}; Stan User's Guide, "Censored data".
 */
public final class CensoredFamily implements DistributionFamily {

    private final DistributionFamily base;
    private final List<ParameterSpec> parameters;
    private final CallSiteCache<Operands, Calls> cache = new CallSiteCache<>((s, a) -> s.fits(a), Calls::new);

    /** The unconfigured family, as {@code ServiceLoader} finds it; {@link #configure} names the base. */
    public CensoredFamily() {
        this.base = null;
        this.parameters = List.of(ParameterSpec.scalar("lower", ExtendedReal.INSTANCE, "lower censoring point (-inf: none)"),
                ParameterSpec.scalar("upper", ExtendedReal.INSTANCE, "upper censoring point (+inf: none)"));
    }

    private CensoredFamily(DistributionFamily base) {
        this.base = base;
        this.parameters = Bounds.parameters(base);
    }

    @Override public String name() { return "censored"; }

    @Override public DistributionFamily configure(Map<String, Object> options) { return new CensoredFamily(Bounds.base(name(), options)); }

    @Override public String description() {
        return base == null ? "a univariate continuous family censored at lower and upper" : base.name() + " censored at lower and upper";
    }

    @Override public List<ParameterSpec> parameters() { return parameters; }

    @Override public Constraint support() { return base == null ? Real.INSTANCE : base.support(); }

    /** The closed $[L, U]$ (cut to the base's support) when both bounds are single constants: the censoring points carry mass. */
    @Override
    public Constraint support(double[][] constants) {
        if (base == null) return support();
        Constraint open = Bounds.support(base, constants);
        if (open.equals(base.support(Combinators.slice(constants, 2, base.parameters().size())))) return open;
        double lower = open instanceof org.bayes4j.spi.constraint.Interval in ? in.lower()
                : open instanceof org.bayes4j.spi.constraint.LowerBounded lb ? lb.lower() : Double.NEGATIVE_INFINITY;
        double upper = open instanceof org.bayes4j.spi.constraint.Interval in ? in.upper()
                : open instanceof org.bayes4j.spi.constraint.UpperBounded ub ? ub.upper() : Double.POSITIVE_INFINITY;
        return new ClosedInterval(lower, upper);
    }

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
        c.density.load(args);
        c.cdfLower.load(args);
        c.ccdfUpper.load(args);
        c.density.evaluate();
        c.cdfLower.evaluateCdf(false);
        c.ccdfUpper.evaluateCdf(true);
        Operand y = args.value(), lower = args.parameter(0), upper = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double l = lower.get(b), u = upper.get(b), yb = y.get(b), lp = Double.NEGATIVE_INFINITY;
            c.wDensity[b] = 0;
            c.wLower[b] = 0;
            c.wUpper[b] = 0;
            if (l < u && yb >= l && yb <= u) {
                double[] weight;
                if (yb == l) {
                    lp = c.cdfLower.pointwise()[b];
                    weight = c.wLower;
                } else if (yb == u) {
                    lp = c.ccdfUpper.pointwise()[b];
                    weight = c.wUpper;
                } else {
                    lp = c.density.pointwise()[b];
                    weight = c.wDensity;
                }
                if (lp > Double.NEGATIVE_INFINITY) weight[b] = 1;
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        c.density.chain(args, c.wDensity, 1, 0);
        c.cdfLower.chain(args, c.wLower, 1, 0);
        c.ccdfUpper.chain(args, c.wUpper, 1, 0);
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        requireConfigured();
        Calls c = cache.get(args);
        c.density.load(args);
        c.density.sample(rng, c.wDensity);
        Operand lower = args.parameter(0), upper = args.parameter(1);
        for (int b = 0; b < args.batchSize(); b++) out[outOffset + b] = Math.min(Math.max(c.wDensity[b], lower.get(b)), upper.get(b));
    }

    private void requireConfigured() {
        if (base == null) throw new IllegalStateException(name() + ": configure(options) with option 'base' before use");
    }

    /** The base's density at y, CDF at the lower and CCDF at the upper censoring point, with the weights of their partials. */
    private final class Calls {
        final ComponentCall density, cdfLower, ccdfUpper;
        final double[] wDensity, wLower, wUpper;

        Calls(Operands args) {
            density = new ComponentCall(base, args, 2, ComponentCall.PARENT_VALUE);
            cdfLower = new ComponentCall(base, args, 2, 0);
            ccdfUpper = new ComponentCall(base, args, 2, 1);
            wDensity = new double[args.batchSize()];
            wLower = new double[args.batchSize()];
            wUpper = new double[args.batchSize()];
        }

        boolean fits(Operands args) { return density.fits(args) && cdfLower.fits(args) && ccdfUpper.fits(args); }
    }
}
