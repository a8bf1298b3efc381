package org.bayes4j.testkit.contract;

import java.util.function.DoubleUnaryOperator;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.IntegerInterval;
import org.bayes4j.spi.constraint.Interval;
import org.bayes4j.spi.constraint.LowerBounded;
import org.bayes4j.spi.constraint.NonNegative;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Probability;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.constraint.UnitInterval;
import org.bayes4j.spi.constraint.UpperBounded;

/**
 * Total mass of a scalar density over its support: adaptive Simpson quadrature on a
 * transformed range for continuous supports, and direct summation for discrete ones.
 *
 * <p><b>Continuous.</b> The support is mapped onto a bounded interval of $t$ so the tails are
 * integrated exactly rather than truncated, centred on a location $c$ and scale $s$ of the
 * distribution (the contract takes them from draws) so the bulk of the mass lands near $t = 0$:
 * <ul>
 * <li>$\mathbb{R}$: $x = c + s\,t/(1-t^2)$ on $(-1, 1)$, $dx/dt = s(1+t^2)/(1-t^2)^2$;</li>
 * <li>$(l, \infty)$ (positive, lower bounded): $x = l + e^{c + s\,t/(1-t^2)}$, integrating on the log scale
 *     with $c, s$ the centre and scale of $\log(x - l)$;</li>
 * <li>$(-\infty, u)$: the mirror image; $(a, b)$: $x = a + (b - a)\,\sigma(v)$ with $v = t/(1-t^2)$ and the
 *     logistic $\sigma$, so power-law singularities at the ends become exponential tails in $v$.</li>
 * </ul>
 * The integrand is taken as 0 where the density is $-\infty$ or $x$ leaves the reals (the ends
 * of the range). Adaptive Simpson (Lyness 1969) splits each panel until the Simpson and composite
 * estimates agree to the panel's share of the tolerance, then adds the Richardson correction.
 *
 * <p><b>Discrete.</b> $\{l, \dots, u\}$ is summed outright; $\{0, 1, \dots\}$ is summed until the
 * terms have passed their largest value and fallen below $10^{-20}$ of the running sum (a unimodal
 * mass function's remaining tail is then below that times a geometric factor).
 */
public final class DistributionQuadrature {

    private static final int INITIAL_PANELS = 128;
    private static final int MAX_DEPTH = 40;
    /**
     * Refinement stops after this many evaluations. Near an end of a bounded support the value
     * can only take the doubles within an ulp of the end, so a density with an end singularity
     * looks like noise there and would otherwise be refined to full depth everywhere.
     */
    private static final int MAX_EVALUATIONS = 400_000;
    private static final long MAX_TERMS = 50_000_000L;

    private DistributionQuadrature() {}

    /** $\int_a^b f$ by adaptive Simpson with absolute tolerance {@code tolerance}. */
    public static double adaptiveSimpson(DoubleUnaryOperator f, double a, double b, double tolerance) {
        double width = (b - a) / INITIAL_PANELS;
        double sum = 0;
        int[] budget = {MAX_EVALUATIONS};
        for (int i = 0; i < INITIAL_PANELS; i++) {
            double lo = a + i * width, hi = i == INITIAL_PANELS - 1 ? b : lo + width;
            double mid = 0.5 * (lo + hi);
            double flo = f.applyAsDouble(lo), fmid = f.applyAsDouble(mid), fhi = f.applyAsDouble(hi);
            double whole = (hi - lo) / 6 * (flo + 4 * fmid + fhi);
            sum += refine(f, lo, hi, flo, fmid, fhi, whole, tolerance / INITIAL_PANELS, MAX_DEPTH, budget);
        }
        return sum;
    }

    private static double refine(DoubleUnaryOperator f, double a, double b, double fa, double fm, double fb,
                                 double whole, double tolerance, int depth, int[] budget) {
        double m = 0.5 * (a + b);
        double lm = 0.5 * (a + m), rm = 0.5 * (m + b);
        double flm = f.applyAsDouble(lm), frm = f.applyAsDouble(rm);
        budget[0] -= 2;
        double left = (m - a) / 6 * (fa + 4 * flm + fm);
        double right = (b - m) / 6 * (fm + 4 * frm + fb);
        double delta = left + right - whole;
        if (depth <= 0 || budget[0] <= 0 || Math.abs(delta) <= 15 * tolerance) return left + right + delta / 15;
        return refine(f, a, m, fa, flm, fm, left, tolerance / 2, depth - 1, budget)
                + refine(f, m, b, fm, frm, fb, right, tolerance / 2, depth - 1, budget);
    }

    /**
     * $\int e^{\log p(x)}\,dx$ over a continuous scalar support. {@code centre} and {@code scale}
     * locate the bulk of the mass: of $x$ on the real line, of $\log(x - l)$ on half-lines.
     */
    public static double integrate(DoubleUnaryOperator logDensity, Constraint support, double centre, double scale,
                                   double tolerance) {
        double s = scale > 0 && Double.isFinite(scale) ? scale : 1;
        double c = Double.isFinite(centre) ? centre : 0;
        if (support instanceof Real) {
            return adaptiveSimpson(t -> {
                double d = 1 - t * t;
                if (d == 0) return 0;
                double x = c + s * t / d;
                double px = density(logDensity, x);
                return px == 0 ? 0 : px * s * (1 + t * t) / (d * d);
            }, -1, 1, tolerance);
        }
        double lower = lowerBound(support), upper = upperBound(support);
        if (Double.isFinite(lower) && Double.isFinite(upper)) {
            // x = a + (b - a) sigma(v), v = t/(1 - t^2): endpoint singularities x^(alpha - 1) become exponential tails in v
            double width = upper - lower;
            return adaptiveSimpson(t -> {
                double d = 1 - t * t;
                double v = t / d;
                double sigma = 1 / (1 + Math.exp(-v));
                double x = v < 0 ? lower + width * sigma : upper - width / (1 + Math.exp(v));
                if (!(x > lower && x < upper)) return 0;
                double px = density(logDensity, x);
                return px == 0 ? 0 : px * width * sigma * (1 - sigma) * (1 + t * t) / (d * d);
            }, -1, 1, tolerance);
        }
        if (Double.isFinite(lower) || Double.isFinite(upper)) {
            double bound = Double.isFinite(lower) ? lower : upper;
            double direction = Double.isFinite(lower) ? 1 : -1;
            return adaptiveSimpson(t -> {
                double d = 1 - t * t;
                if (d == 0) return 0; // the ends t = -1, 1 map to the bound and to infinity, where the mass vanishes
                double distance = Math.exp(c + s * t / d);
                if (distance == 0 || distance == Double.POSITIVE_INFINITY) return 0;
                double x = bound + direction * distance;
                double px = density(logDensity, x);
                return px == 0 ? 0 : px * distance * s * (1 + t * t) / (d * d);
            }, -1, 1, tolerance);
        }
        throw new IllegalArgumentException("no quadrature for support " + support.name());
    }

    /** $\sum_k e^{\log p(k)}$ over a discrete scalar support. */
    public static double sum(DoubleUnaryOperator logMass, Constraint support) {
        if (support instanceof IntegerInterval interval) {
            double total = 0;
            for (long k = interval.lower(); k <= interval.upper(); k++) total += Math.exp(logMass.applyAsDouble(k));
            return total;
        }
        if (support instanceof NonNegativeInteger) {
            double total = 0, previous = 0;
            for (long k = 0; k < MAX_TERMS; k++) {
                double term = Math.exp(logMass.applyAsDouble(k));
                if (Double.isNaN(term)) throw new AssertionError("log mass is NaN at " + k);
                total += term;
                if (k > 0 && term <= previous && term < 1e-20 * total) return total;
                previous = term;
            }
            throw new AssertionError("mass function has not decayed after " + MAX_TERMS + " terms");
        }
        throw new IllegalArgumentException("no summation for support " + support.name());
    }

    /** Lower end of a scalar support ($-\infty$ when unbounded). */
    public static double lowerBound(Constraint support) {
        if (support instanceof Positive || support instanceof NonNegative || support instanceof UnitInterval
                || support instanceof Probability) return 0;
        if (support instanceof LowerBounded lb) return lb.lower();
        if (support instanceof Interval in) return in.lower();
        return Double.NEGATIVE_INFINITY;
    }

    /** Upper end of a scalar support ($+\infty$ when unbounded). */
    public static double upperBound(Constraint support) {
        if (support instanceof UnitInterval || support instanceof Probability) return 1;
        if (support instanceof UpperBounded ub) return ub.upper();
        if (support instanceof Interval in) return in.upper();
        return Double.POSITIVE_INFINITY;
    }

    private static double density(DoubleUnaryOperator logDensity, double x) {
        if (!Double.isFinite(x)) return 0;
        double lp = logDensity.applyAsDouble(x);
        return lp == Double.NEGATIVE_INFINITY ? 0 : Math.exp(lp);
    }
}
