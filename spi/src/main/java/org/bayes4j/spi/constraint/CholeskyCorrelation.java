package org.bayes4j.spi.constraint;

/**
 * Lower-triangular Cholesky factors {@code L} of correlation matrices: positive
 * diagonal and rows of unit Euclidean norm. Unconstrained size per event is
 * {@code K(K-1)/2}.
 */
public record CholeskyCorrelation() implements Constraint {
    public static final CholeskyCorrelation INSTANCE = new CholeskyCorrelation();
    @Override public String name() { return "cholesky_correlation"; }
    @Override public int eventRank() { return 2; }
    @Override public int unconstrainedSize(int[] shape) {
        int k = MatrixChecks.squareSize(shape, name());
        return Shapes.batchSize(shape, 2) * k * (k - 1) / 2;
    }
    @Override public boolean contains(double[] v, int[] shape) {
        int k = MatrixChecks.squareSize(shape, name()), events = Shapes.batchSize(shape, 2);
        for (int e = 0; e < events; e++) {
            int off = e * k * k;
            if (!MatrixChecks.isLowerTriangular(v, off, k)) return false;
            for (int i = 0; i < k; i++) {
                if (!(v[off + i * k + i] > 0)) return false;
                double norm = 0;
                for (int j = 0; j <= i; j++) norm += v[off + i * k + j] * v[off + i * k + j];
                if (Math.abs(norm - 1) > MatrixChecks.TOLERANCE) return false;
            }
        }
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { MatrixChecks.identity(shape, out); }
}
