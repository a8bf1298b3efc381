package org.bayes4j.spi.constraint;

/** Correlation matrices: symmetric positive definite with unit diagonal. Unconstrained size per event {@code K(K-1)/2}. */
public record Correlation() implements Constraint {
    public static final Correlation INSTANCE = new Correlation();
    @Override public String name() { return "correlation"; }
    @Override public int eventRank() { return 2; }
    @Override public int unconstrainedSize(int[] shape) {
        int k = MatrixChecks.squareSize(shape, name());
        return Shapes.batchSize(shape, 2) * k * (k - 1) / 2;
    }
    @Override public boolean contains(double[] v, int[] shape) {
        int k = MatrixChecks.squareSize(shape, name()), events = Shapes.batchSize(shape, 2);
        for (int e = 0; e < events; e++) {
            int off = e * k * k;
            for (int i = 0; i < k; i++) if (Math.abs(v[off + i * k + i] - 1) > MatrixChecks.TOLERANCE) return false;
            if (!MatrixChecks.isSymmetric(v, off, k) || !MatrixChecks.isPositiveDefinite(v, off, k)) return false;
        }
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { MatrixChecks.identity(shape, out); }
}
