package org.bayes4j.spi.constraint;

/**
 * The probability simplex over the last axis: entries in [0, 1] summing to one.
 * Unconstrained size per event is {@code K - 1}.
 */
public record Simplex() implements Constraint {
    public static final Simplex INSTANCE = new Simplex();
    /** Absolute tolerance on the sum, for values read from files or computed in floating point. */
    public static final double SUM_TOLERANCE = 1e-8;
    @Override public String name() { return "simplex"; }
    @Override public int eventRank() { return 1; }
    @Override public int unconstrainedSize(int[] shape) {
        checkShape(shape);
        return Shapes.batchSize(shape, 1) * (Shapes.last(shape) - 1);
    }
    @Override public boolean contains(double[] v, int[] shape) {
        int k = Shapes.last(shape), events = Shapes.batchSize(shape, 1);
        for (int e = 0; e < events; e++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                double x = v[e * k + j];
                if (!(x >= 0 && x <= 1)) return false;
                sum += x;
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) return false;
        }
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) {
        java.util.Arrays.fill(out, 0, Shapes.size(shape), 1.0 / Shapes.last(shape));
    }
}
