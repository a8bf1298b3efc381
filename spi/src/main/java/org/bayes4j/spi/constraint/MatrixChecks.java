package org.bayes4j.spi.constraint;

/** Checks on square matrices stored row-major at an offset; shared by the matrix constraints. */
final class MatrixChecks {
    private MatrixChecks() {}

    static final double TOLERANCE = 1e-8;

    static int squareSize(int[] shape, String constraint) {
        if (shape.length < 2 || shape[shape.length - 1] != shape[shape.length - 2]) {
            throw new IllegalArgumentException(constraint + " needs square matrices in the last two axes, got shape "
                    + java.util.Arrays.toString(shape));
        }
        return shape[shape.length - 1];
    }

    static boolean isLowerTriangular(double[] v, int off, int k) {
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double x = v[off + i * k + j];
                if (!Double.isFinite(x) || (j > i && x != 0)) return false;
            }
        }
        return true;
    }

    static boolean isSymmetric(double[] v, int off, int k) {
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < i; j++) {
                double a = v[off + i * k + j], b = v[off + j * k + i];
                if (!Double.isFinite(a) || Math.abs(a - b) > TOLERANCE * Math.max(1, Math.abs(a))) return false;
            }
        }
        return true;
    }

    /** Positive definiteness by attempting a Cholesky factorisation of the lower triangle. */
    static boolean isPositiveDefinite(double[] v, int off, int k) {
        double[] l = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double s = v[off + i * k + j];
                for (int m = 0; m < j; m++) s -= l[i * k + m] * l[j * k + m];
                if (i == j) {
                    if (!(s > 0)) return false;
                    l[i * k + i] = Math.sqrt(s);
                } else {
                    l[i * k + j] = s / l[j * k + j];
                }
            }
        }
        return true;
    }

    static void identity(int[] shape, double[] out) {
        int k = shape[shape.length - 1], events = Shapes.batchSize(shape, 2);
        java.util.Arrays.fill(out, 0, Shapes.size(shape), 0.0);
        for (int e = 0; e < events; e++) for (int i = 0; i < k; i++) out[e * k * k + i * k + i] = 1.0;
    }
}
