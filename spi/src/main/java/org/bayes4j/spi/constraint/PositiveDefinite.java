package org.bayes4j.spi.constraint;

/** Covariance matrices: symmetric positive definite. Unconstrained size per event {@code K(K+1)/2}. */
public record PositiveDefinite() implements Constraint {
    public static final PositiveDefinite INSTANCE = new PositiveDefinite();
    @Override public String name() { return "positive_definite"; }
    @Override public int eventRank() { return 2; }
    @Override public int unconstrainedSize(int[] shape) {
        int k = MatrixChecks.squareSize(shape, name());
        return Shapes.batchSize(shape, 2) * k * (k + 1) / 2;
    }
    @Override public boolean contains(double[] v, int[] shape) {
        int k = MatrixChecks.squareSize(shape, name()), events = Shapes.batchSize(shape, 2);
        for (int e = 0; e < events; e++) {
            int off = e * k * k;
            if (!MatrixChecks.isSymmetric(v, off, k) || !MatrixChecks.isPositiveDefinite(v, off, k)) return false;
        }
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { MatrixChecks.identity(shape, out); }
}
