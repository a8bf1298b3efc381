package org.bayes4j.transforms;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;

/**
 * A bijector acting independently on each event of a batch: a value of shape
 * {@code (B..., E...)} is {@code prod(B)} events of shape {@code E}, each mapped
 * from {@code eventUnconstrainedSize} unconstrained coordinates onto
 * {@code eventConstrainedSize} constrained values. The map of the whole value is
 * the product map, whose Jacobian is block diagonal, so its log-determinant is
 * the sum of the events' log-determinants.
 *
 * <p>Subclasses implement the three per-event methods; this class loops over
 * the batch and guards against silent NaN: a NaN coordinate or log-determinant in
 * {@link #forward} and a non-finite unconstrained value from {@link #inverse}
 * raise an {@link IllegalArgumentException} naming the index and the value.
 */
public abstract class EventBijector implements Bijector {

    private final Constraint constraint;
    private final int[] shape;
    private final int numEvents;
    /** Unconstrained coordinates per event. */
    protected final int eventUnconstrainedSize;
    /** Constrained values per event. */
    protected final int eventConstrainedSize;

    protected EventBijector(Constraint constraint, int[] shape, int eventUnconstrainedSize, int eventConstrainedSize) {
        constraint.checkShape(shape);
        this.constraint = constraint;
        this.shape = shape.clone();
        this.numEvents = Shapes.batchSize(shape, constraint.eventRank());
        this.eventUnconstrainedSize = eventUnconstrainedSize;
        this.eventConstrainedSize = eventConstrainedSize;
        // the constraint's own size formula also checks matrix events are square
        int expected = constraint.unconstrainedSize(shape);
        if (eventUnconstrainedSize < 0 || expected != numEvents * eventUnconstrainedSize
                || Shapes.size(shape) != numEvents * eventConstrainedSize) {
            throw new IllegalArgumentException(constraint.name() + ": shape " + java.util.Arrays.toString(shape)
                    + " cannot carry its events (expected " + expected + " unconstrained coordinates)");
        }
    }

    /** Writes one event's {@code y = f(x)} and returns its {@code log|det J|}. */
    protected abstract double forwardEvent(double[] x, int xOffset, double[] y, int yOffset);

    /** Writes one event's {@code x = f^{-1}(y)}. */
    protected abstract void inverseEvent(double[] y, int yOffset, double[] x, int xOffset);

    /** Adds one event's vector-Jacobian product to {@code xAdjoint}. */
    protected abstract void backwardEvent(double[] x, int xOffset, double[] y, int yOffset,
                                          double[] yAdjoint, int yAdjointOffset, double logDetAdjoint,
                                          double[] xAdjoint, int xAdjointOffset);

    /** Short name used in error messages, e.g. {@code stick_breaking}. */
    protected abstract String transformName();

    @Override public final Constraint constraint() { return constraint; }
    @Override public final int[] shape() { return shape.clone(); }
    @Override public final int unconstrainedSize() { return numEvents * eventUnconstrainedSize; }
    @Override public final int constrainedSize() { return numEvents * eventConstrainedSize; }

    /** The number of independent events in the batch. */
    protected final int numEvents() { return numEvents; }

    @Override
    public final double forward(double[] x, int xOffset, double[] y, int yOffset) {
        double logDet = 0;
        for (int e = 0; e < numEvents; e++) {
            logDet += forwardEvent(x, xOffset + e * eventUnconstrainedSize, y, yOffset + e * eventConstrainedSize);
        }
        // a NaN coordinate may leave log|det J| intact (identity, entries below a Cholesky diagonal), so check x too
        if (Double.isNaN(logDet)) throw notANumber(x, xOffset);
        for (int i = 0; i < eventUnconstrainedSize * numEvents; i++) if (Double.isNaN(x[xOffset + i])) throw notANumber(x, xOffset);
        return logDet;
    }

    @Override
    public final void inverse(double[] y, int yOffset, double[] x, int xOffset) {
        for (int e = 0; e < numEvents; e++) {
            int xo = xOffset + e * eventUnconstrainedSize, yo = yOffset + e * eventConstrainedSize;
            inverseEvent(y, yo, x, xo);
            for (int i = 0; i < eventUnconstrainedSize; i++) {
                if (!Double.isFinite(x[xo + i])) throw outsideSupport(e, i, x[xo + i], y, yo);
            }
        }
    }

    @Override
    public final void backward(double[] x, int xOffset, double[] y, int yOffset,
                               double[] yAdjoint, int yAdjointOffset, double logDetAdjoint,
                               double[] xAdjoint, int xAdjointOffset) {
        for (int e = 0; e < numEvents; e++) {
            backwardEvent(x, xOffset + e * eventUnconstrainedSize, y, yOffset + e * eventConstrainedSize,
                    yAdjoint, yAdjointOffset + e * eventConstrainedSize, logDetAdjoint,
                    xAdjoint, xAdjointOffset + e * eventUnconstrainedSize);
        }
    }

    private IllegalArgumentException notANumber(double[] x, int xOffset) {
        for (int i = 0; i < unconstrainedSize(); i++) {
            if (!Double.isFinite(x[xOffset + i])) {
                return new IllegalArgumentException(transformName() + " forward: x[" + i + "] is " + x[xOffset + i] + ", but must be finite");
            }
        }
        return new IllegalArgumentException(transformName() + " forward: log|det J| is NaN at finite x; this is a bug in "
                + getClass().getSimpleName());
    }

    private IllegalArgumentException outsideSupport(int event, int index, double xValue, double[] y, int yOffset) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < Math.min(eventConstrainedSize, 16); i++) values.append(i == 0 ? "" : ", ").append(y[yOffset + i]);
        if (eventConstrainedSize > 16) values.append(", ...");
        return new IllegalArgumentException(transformName() + " inverse: event " + event + " of y is [" + values
                + "], which maps to x[" + index + "] = " + xValue + "; y must lie in the interior of " + constraint.name());
    }
}
