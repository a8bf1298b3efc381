package org.bayes4j.distributions.combinators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Interval;
import org.bayes4j.spi.constraint.LowerBounded;
import org.bayes4j.spi.constraint.NonNegative;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.constraint.UnitInterval;
import org.bayes4j.spi.constraint.UpperBounded;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.ParameterSpec;

/** Shared bookkeeping of the families with bounds {@code (lower, upper, base...)}: truncation and censoring. */
final class Bounds {

    private Bounds() {}

    /** The base family named by option {@code base}: univariate, continuous, with a {@link CumulativeDistribution}. */
    static DistributionFamily base(String family, Map<String, Object> options) {
        Combinators.checkOptions(family, options, Set.of("base"));
        Object name = options.get("base");
        if (name == null) throw new IllegalArgumentException(family + ": option 'base' must name the base family");
        DistributionFamily base = ComponentFamilies.byName(family, String.valueOf(name));
        if (!(base instanceof CumulativeDistribution) || base.valueEventRank() != 0 || base.support().isDiscrete()) {
            throw new IllegalArgumentException(family + ": base " + base.name()
                    + " must be a univariate continuous family with a CDF (org.bayes4j.spi.distribution.CumulativeDistribution)");
        }
        return base;
    }

    /** {@code lower}, {@code upper}, then the base's parameters (prefixed {@code base.} only where a name would clash). */
    static List<ParameterSpec> parameters(DistributionFamily base) {
        List<ParameterSpec> p = new ArrayList<>();
        p.add(ParameterSpec.scalar("lower", ExtendedReal.INSTANCE, "lower bound (-inf: none)"));
        p.add(ParameterSpec.scalar("upper", ExtendedReal.INSTANCE, "upper bound (+inf: none)"));
        for (ParameterSpec q : base.parameters()) {
            boolean clash = q.name().equals("lower") || q.name().equals("upper");
            p.add(clash ? new ParameterSpec("base." + q.name(), q.constraint(), q.eventRank(), q.description()) : q);
        }
        return List.copyOf(p);
    }

    /** Rejects NaN bounds and {@code lower >= upper} among constants, then runs the base's check. */
    static void check(String family, DistributionFamily base, double[][] constants) {
        double[] lower = constants[0], upper = constants[1];
        if (lower != null && upper != null) {
            for (int i = 0; i < Math.max(lower.length, upper.length); i++) {
                double l = lower[lower.length == 1 ? 0 : i], u = upper[upper.length == 1 ? 0 : i];
                if (!(l < u)) {
                    throw new IllegalArgumentException(family + ": lower" + (lower.length > 1 ? "[" + i + "]" : "") + " is " + l
                            + " and upper" + (upper.length > 1 ? "[" + i + "]" : "") + " is " + u + ", but lower must be below upper");
                }
            }
        }
        Combinators.checkComponent(family, "base " + base.name(), base, Combinators.slice(constants, 2, base.parameters().size()));
    }

    /** The base's support cut to {@code [lower, upper]} when both bounds are single constants; the base's otherwise. */
    static Constraint support(DistributionFamily base, double[][] constants) {
        Constraint s = base.support(Combinators.slice(constants, 2, base.parameters().size()));
        if (constants.length < 2 || constants[0] == null || constants[1] == null || constants[0].length != 1 || constants[1].length != 1) return s;
        double lo, hi;
        if (s instanceof Real) { lo = Double.NEGATIVE_INFINITY; hi = Double.POSITIVE_INFINITY; }
        else if (s instanceof Positive || s instanceof NonNegative) { lo = 0; hi = Double.POSITIVE_INFINITY; }
        else if (s instanceof UnitInterval) { lo = 0; hi = 1; }
        else if (s instanceof LowerBounded l) { lo = l.lower(); hi = Double.POSITIVE_INFINITY; }
        else if (s instanceof UpperBounded u) { lo = Double.NEGATIVE_INFINITY; hi = u.upper(); }
        else if (s instanceof Interval in) { lo = in.lower(); hi = in.upper(); }
        else return s;
        double l = Math.max(lo, constants[0][0]), u = Math.min(hi, constants[1][0]);
        if (!(l < u) || (l == lo && u == hi)) return s;
        if (Double.isInfinite(l)) return new UpperBounded(u);
        if (Double.isInfinite(u)) return new LowerBounded(l);
        return new Interval(l, u);
    }

    /** $\log(1 - e^{x})$ for $x \le 0$, by {@code log(-expm1(x))} near 0 and {@code log1p(-exp(x))} below $-\log 2$ (Mächler 2012). */
    static double log1mExp(double x) { return x > -0.6931471805599453 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x)); }
}
