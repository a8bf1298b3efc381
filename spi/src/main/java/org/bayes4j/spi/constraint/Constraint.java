package org.bayes4j.spi.constraint;

/**
 * The support of a random variable: a subset of {@code R^shape}. A family
 * declares its support as a constraint; the registry in
 * {@link org.bayes4j.spi.bijector.BijectorRegistry} finds the bijector from
 * unconstrained space onto it (NumPyro's {@code biject_to}).
 *
 * <p>A constraint acts on <em>events</em> of rank {@link #eventRank()}: the
 * trailing axes of a value's shape. Leading axes are a batch of independent
 * events (a value of shape {@code (G, K)} under {@link Simplex} is {@code G}
 * simplexes of size {@code K}).
 *
 * <p><b>Implementing.</b> Constraints are small immutable records with value
 * equality. {@link #name()}, {@link #eventRank()}, {@link #contains} and
 * {@link #feasiblePoint} are required; {@link #unconstrainedSize} defaults to
 * the value's size, right for every element-wise constraint.
 *
 * <p><b>Laws.</b> {@code contains(feasiblePoint(shape))} is true; a bijector
 * onto this constraint maps {@code R^unconstrainedSize(shape)} into the set.
 */
public interface Constraint {

    /** Short stable name, as shown in listings: {@code positive}, {@code simplex}, {@code interval(0, 1)}. */
    String name();

    /** Number of trailing axes one event spans (0 for element-wise constraints). */
    int eventRank();

    /** True for supports of counts, categories and other integer-valued variables, which cannot be sampled by HMC. */
    default boolean isDiscrete() { return false; }

    /** Dimension of the unconstrained space for a value of this shape. */
    default int unconstrainedSize(int[] shape) { return Shapes.size(shape); }

    /** True when every event of {@code values} (laid out row-major with this shape) lies in the set. */
    boolean contains(double[] values, int[] shape);

    /** A point of the set of the given shape, written into {@code out}. */
    void feasiblePoint(int[] shape, double[] out);

    /** Checks that the shape can carry events of this constraint; throws with a message otherwise. */
    default void checkShape(int[] shape) {
        if (shape.length < eventRank()) {
            throw new IllegalArgumentException(name() + " needs a value of rank at least " + eventRank()
                    + ", got shape " + java.util.Arrays.toString(shape));
        }
    }
}
