package org.bayes4j.testkit.contract;

import org.bayes4j.spi.constraint.Shapes;

/**
 * The free coordinates that parameterise a constrained set, used by
 * {@link BijectorContract} to measure a bijector's Jacobian when the set has
 * lower dimension than its ambient space (Stan Reference Manual, "Constraint
 * transforms"): the log-determinant law compares
 * $\log|\det \partial c(f(x))/\partial x|$ with the bijector's value, where
 * $c$ extracts these coordinates. The count must equal the bijector's
 * unconstrained size, so the Jacobian is square.
 *
 * <p>Any ordering of the same coordinates gives the same $|\det|$; a different
 * choice of coordinates (say the last $K-1$ simplex entries instead of the first)
 * can change it, so a subclass uses the coordinates its bijector's documentation
 * names.
 */
public interface BijectorFreeCoordinates {

    /** Number of free coordinates of a value of this shape. */
    int count(int[] shape);

    /** Writes the free coordinates of {@code y} (a value of this shape) into {@code out}. */
    void extract(double[] y, int[] shape, double[] out);

    /** Every entry: for sets open in their ambient space (intervals, ordered vectors, element-wise maps). */
    static BijectorFreeCoordinates all() {
        return new BijectorFreeCoordinates() {
            @Override public int count(int[] shape) { return Shapes.size(shape); }
            @Override public void extract(double[] y, int[] shape, double[] out) { System.arraycopy(y, 0, out, 0, Shapes.size(shape)); }
        };
    }

    /** The first {@code K - 1} entries of each vector along the last axis: the simplex's free coordinates. */
    static BijectorFreeCoordinates leadingOfLastAxis() {
        return new BijectorFreeCoordinates() {
            @Override public int count(int[] shape) { return Shapes.batchSize(shape, 1) * (Shapes.last(shape) - 1); }
            @Override public void extract(double[] y, int[] shape, double[] out) {
                int k = Shapes.last(shape), n = 0;
                for (int e = 0; e < Shapes.batchSize(shape, 1); e++) for (int j = 0; j < k - 1; j++) out[n++] = y[e * k + j];
            }
        };
    }

    /** Entries strictly below the diagonal of each trailing square matrix, row by row (correlation factors and matrices). */
    static BijectorFreeCoordinates strictlyLowerTriangle() { return triangle(false); }

    /** Entries on and below the diagonal of each trailing square matrix, row by row (covariance factors and matrices). */
    static BijectorFreeCoordinates lowerTriangle() { return triangle(true); }

    private static BijectorFreeCoordinates triangle(boolean withDiagonal) {
        return new BijectorFreeCoordinates() {
            @Override public int count(int[] shape) {
                int k = Shapes.last(shape);
                return Shapes.batchSize(shape, 2) * (withDiagonal ? k * (k + 1) / 2 : k * (k - 1) / 2);
            }
            @Override public void extract(double[] y, int[] shape, double[] out) {
                int k = Shapes.last(shape), n = 0;
                for (int e = 0; e < Shapes.batchSize(shape, 2); e++) {
                    for (int i = 0; i < k; i++) {
                        for (int j = 0; j < (withDiagonal ? i + 1 : i); j++) out[n++] = y[e * k * k + i * k + j];
                    }
                }
            }
        };
    }
}
