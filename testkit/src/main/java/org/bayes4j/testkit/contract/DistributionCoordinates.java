package org.bayes4j.testkit.contract;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Interval;
import org.bayes4j.spi.constraint.LowerBounded;
import org.bayes4j.spi.constraint.NonNegative;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Probability;
import org.bayes4j.spi.constraint.UnitInterval;
import org.bayes4j.spi.constraint.UpperBounded;

/**
 * Unconstrained coordinates for finite differences of scalar arguments: $u = \log(x - l)$ on a
 * half-line, $u = \operatorname{logit}((x - a)/(b - a))$ on an interval, $u = x$ on the real line.
 * A central difference in $u$ never leaves the constraint, however close $x$ is to its boundary,
 * and the analytic partial is compared through the chain rule $\partial f/\partial u = \partial f/\partial x \cdot dx/du$.
 * A boundary point itself ($p = 0$) has no finite $u$ and is skipped.
 */
final class DistributionCoordinates {

    private DistributionCoordinates() {}

    static double unconstrain(Constraint c, double x) {
        if (c instanceof Positive || c instanceof NonNegative) return Math.log(x);
        if (c instanceof LowerBounded lb) return Math.log(x - lb.lower());
        if (c instanceof UpperBounded ub) return Math.log(ub.upper() - x);
        if (c instanceof UnitInterval || c instanceof Probability) return Math.log(x) - Math.log1p(-x);
        if (c instanceof Interval in) {
            double r = (x - in.lower()) / (in.upper() - in.lower());
            return Math.log(r) - Math.log1p(-r);
        }
        return x;
    }

    static double constrain(Constraint c, double u) {
        if (c instanceof Positive || c instanceof NonNegative) return Math.exp(u);
        if (c instanceof LowerBounded lb) return lb.lower() + Math.exp(u);
        if (c instanceof UpperBounded ub) return ub.upper() - Math.exp(u);
        if (c instanceof UnitInterval || c instanceof Probability) return 1 / (1 + Math.exp(-u));
        if (c instanceof Interval in) return in.lower() + (in.upper() - in.lower()) / (1 + Math.exp(-u));
        return u;
    }

    /** $dx/du$ at the point $x$. */
    static double derivative(Constraint c, double x) {
        if (c instanceof Positive || c instanceof NonNegative) return x;
        if (c instanceof LowerBounded lb) return x - lb.lower();
        if (c instanceof UpperBounded ub) return -(ub.upper() - x);
        if (c instanceof UnitInterval || c instanceof Probability) return x * (1 - x);
        if (c instanceof Interval in) return (x - in.lower()) * (in.upper() - x) / (in.upper() - in.lower());
        return 1;
    }
}
