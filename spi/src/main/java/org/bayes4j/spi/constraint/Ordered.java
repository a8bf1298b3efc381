package org.bayes4j.spi.constraint;

/** Strictly increasing vectors over the last axis (cutpoints). */
public record Ordered() implements Constraint {
    public static final Ordered INSTANCE = new Ordered();
    @Override public String name() { return "ordered"; }
    @Override public int eventRank() { return 1; }
    @Override public boolean contains(double[] v, int[] shape) {
        int k = Shapes.last(shape), events = Shapes.batchSize(shape, 1);
        for (int e = 0; e < events; e++) {
            for (int j = 0; j < k; j++) {
                double x = v[e * k + j];
                if (!Double.isFinite(x) || (j > 0 && !(x > v[e * k + j - 1]))) return false;
            }
        }
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) {
        int k = Shapes.last(shape), events = Shapes.batchSize(shape, 1);
        for (int e = 0; e < events; e++) for (int j = 0; j < k; j++) out[e * k + j] = j - 0.5 * (k - 1);
    }
}
