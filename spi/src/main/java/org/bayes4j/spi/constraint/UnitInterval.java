package org.bayes4j.spi.constraint;

/** The open unit interval {@code (0, 1)}: probabilities. Its bijector is the logit. */
public record UnitInterval() implements Constraint {
    public static final UnitInterval INSTANCE = new UnitInterval();
    @Override public String name() { return "unit_interval"; }
    @Override public int eventRank() { return 0; }
    @Override public boolean contains(double[] v, int[] shape) {
        for (int i = 0; i < Shapes.size(shape); i++) if (!(v[i] > 0 && v[i] < 1)) return false;
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { java.util.Arrays.fill(out, 0, Shapes.size(shape), 0.5); }
}
