package org.bayes4j.autodiff.ops;

/**
 * Swaps the last two axes: {@code Y[..., j, i] = X[..., i, j]}. A permutation,
 * so the reverse rule is the inverse permutation of the adjoint:
 * {@code Xbar[..., i, j] += Ybar[..., j, i]}.
 */
public final class Transpose extends Kernel {

    private final double[] x, xAdj;
    private final int batch, rows, cols;

    public Transpose(double[] x, double[] xAdj, int[] xShape, double[] out, double[] outAdj) {
        super(out, outAdj);
        this.x = x;
        this.xAdj = xAdj;
        this.rows = xShape[xShape.length - 2];
        this.cols = xShape[xShape.length - 1];
        this.batch = x.length / Math.max(1, rows * cols);
    }

    @Override public void forward() {
        for (int b = 0, base = 0; b < batch; b++, base += rows * cols) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) out[base + j * rows + i] = x[base + i * cols + j];
            }
        }
    }

    @Override public void backward() {
        if (xAdj == null) return;
        for (int b = 0, base = 0; b < batch; b++, base += rows * cols) {
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) xAdj[base + i * cols + j] += outAdj[base + j * rows + i];
            }
        }
    }
}
