package org.bayes4j.spi.constraint;

/** {@code (0, inf)}: scales, rates, concentrations. */
public record Positive() implements Constraint {
    public static final Positive INSTANCE = new Positive();
    @Override public String name() { return "positive"; }
    @Override public int eventRank() { return 0; }
    @Override public boolean contains(double[] v, int[] shape) {
        for (int i = 0; i < Shapes.size(shape); i++) if (!(v[i] > 0) || v[i] == Double.POSITIVE_INFINITY) return false;
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { java.util.Arrays.fill(out, 0, Shapes.size(shape), 1.0); }
}
