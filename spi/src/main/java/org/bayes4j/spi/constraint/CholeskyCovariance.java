package org.bayes4j.spi.constraint;

/**
 * Lower-triangular Cholesky factors of covariance matrices: positive diagonal,
 * any finite entries below it. Unconstrained size per event is {@code K(K+1)/2}.
 */
public record CholeskyCovariance() implements Constraint {
    public static final CholeskyCovariance INSTANCE = new CholeskyCovariance();
    @Override public String name() { return "cholesky_covariance"; }
    @Override public int eventRank() { return 2; }
    @Override public int unconstrainedSize(int[] shape) {
        int k = MatrixChecks.squareSize(shape, name());
        return Shapes.batchSize(shape, 2) * k * (k + 1) / 2;
    }
    @Override public boolean contains(double[] v, int[] shape) {
        int k = MatrixChecks.squareSize(shape, name()), events = Shapes.batchSize(shape, 2);
        for (int e = 0; e < events; e++) {
            int off = e * k * k;
            if (!MatrixChecks.isLowerTriangular(v, off, k)) return false;
            for (int i = 0; i < k; i++) if (!(v[off + i * k + i] > 0)) return false;
        }
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { MatrixChecks.identity(shape, out); }
}
