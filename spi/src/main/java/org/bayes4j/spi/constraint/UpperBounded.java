package org.bayes4j.spi.constraint;

/** {@code (-inf, upper)}. */
public record UpperBounded(double upper) implements Constraint {
    public UpperBounded {
        if (!Double.isFinite(upper)) throw new IllegalArgumentException("upper bound is " + upper + ", but must be finite");
    }
    @Override public String name() { return "less_than(" + upper + ")"; }
    @Override public int eventRank() { return 0; }
    @Override public boolean contains(double[] v, int[] shape) {
        for (int i = 0; i < Shapes.size(shape); i++) if (!(v[i] < upper) || v[i] == Double.NEGATIVE_INFINITY) return false;
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { java.util.Arrays.fill(out, 0, Shapes.size(shape), upper - 1.0); }
}
