package org.bayes4j.spi.constraint;

/** The open interval {@code (lower, upper)} with finite bounds. */
public record Interval(double lower, double upper) implements Constraint {
    public Interval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(lower < upper)) {
            throw new IllegalArgumentException("interval bounds are (" + lower + ", " + upper + "), but must be finite with lower < upper");
        }
    }
    @Override public String name() { return "interval(" + lower + ", " + upper + ")"; }
    @Override public int eventRank() { return 0; }
    @Override public boolean contains(double[] v, int[] shape) {
        for (int i = 0; i < Shapes.size(shape); i++) if (!(v[i] > lower && v[i] < upper)) return false;
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) {
        java.util.Arrays.fill(out, 0, Shapes.size(shape), 0.5 * (lower + upper));
    }
}
