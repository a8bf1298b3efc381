package org.bayes4j.transforms.scalar;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.transforms.EventBijector;

/**
 * The scaled logistic onto $(a, b)$ (the logit transform when $(a,b) = (0,1)$):
 * $$y = a + (b-a)\,\sigma(x),\qquad x = \log(y-a) - \log(b-y),$$
 * $$\log|\det J| = \sum_i \log(b-a) + \log\sigma(x_i) + \log\sigma(-x_i).$$
 * Derivation: $\sigma' = \sigma(x)\sigma(-x)$, so $dy/dx = (b-a)\sigma(x)\sigma(-x)$;
 * $\partial_x[\log\sigma(x) + \log\sigma(-x)] = \sigma(-x) - \sigma(x)$.
 * Vector-Jacobian product:
 * $\bar x \mathrel{+}= \bar y\,(b-a)\sigma(x)\sigma(-x) + \overline{\log|J|}\,(\sigma(-x)-\sigma(x))$.
 *
 * <p>Numerics: for $x > 0$ the value is formed as $b - (b-a)\sigma(-x)$, so
 * $b - y$ keeps its relative precision and the inverse, which uses the two
 * distances to the ends, round-trips at both ends. A fully saturated value that
 * still rounds onto an end is moved to the adjacent double inside the interval.
 * Reference: Stan Reference Manual, "Lower and upper bounded scalar".
 */
public final class IntervalBijector extends EventBijector {

    private final double lower;
    private final double upper;
    private final double width;
    private final double logWidth;

    public IntervalBijector(Constraint constraint, int[] shape, double lower, double upper) {
        super(constraint, shape, 1, 1);
        this.lower = lower;
        this.upper = upper;
        this.width = upper - lower;
        this.logWidth = Math.log(width);
    }

    @Override protected String transformName() { return lower == 0 && upper == 1 ? "logit" : "interval"; }

    @Override protected double forwardEvent(double[] x, int xo, double[] y, int yo) {
        double t = x[xo];
        y[yo] = t > 0 ? upper - width * Logistic.sigmoid(-t) : lower + width * Logistic.sigmoid(t);
        // a strongly saturated logistic can round onto an end; step back inside the open interval
        if (!(y[yo] > lower)) y[yo] = Math.nextUp(lower);
        else if (!(y[yo] < upper)) y[yo] = Math.nextDown(upper);
        return logWidth + Logistic.logSigmoid(t) + Logistic.logSigmoid(-t);
    }

    @Override protected void inverseEvent(double[] y, int yo, double[] x, int xo) {
        double v = y[yo];
        x[xo] = Math.log(v - lower) - Math.log(upper - v);
    }

    @Override protected void backwardEvent(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao,
                                           double logDetAdj, double[] xAdj, int xao) {
        double s = Logistic.sigmoid(x[xo]), sMinus = Logistic.sigmoid(-x[xo]);
        xAdj[xao] += yAdj[yao] * width * s * sMinus + logDetAdj * (sMinus - s);
    }
}
