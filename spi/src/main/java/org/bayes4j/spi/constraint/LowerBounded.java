package org.bayes4j.spi.constraint;

/** {@code (lower, inf)}. */
public record LowerBounded(double lower) implements Constraint {
    public LowerBounded {
        if (!Double.isFinite(lower)) throw new IllegalArgumentException("lower bound is " + lower + ", but must be finite");
    }
    @Override public String name() { return "greater_than(" + lower + ")"; }
    @Override public int eventRank() { return 0; }
    @Override public boolean contains(double[] v, int[] shape) {
        for (int i = 0; i < Shapes.size(shape); i++) if (!(v[i] > lower) || v[i] == Double.POSITIVE_INFINITY) return false;
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { java.util.Arrays.fill(out, 0, Shapes.size(shape), lower + 1.0); }
}
