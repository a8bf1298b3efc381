package org.bayes4j.spi.constraint;

/** The closed unit interval {@code [0, 1]}: a probability parameter that may sit on its boundary. */
public record Probability() implements Constraint {
    public static final Probability INSTANCE = new Probability();
    @Override public String name() { return "probability"; }
    @Override public int eventRank() { return 0; }
    @Override public boolean contains(double[] v, int[] shape) {
        for (int i = 0; i < Shapes.size(shape); i++) if (!(v[i] >= 0 && v[i] <= 1)) return false;
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { java.util.Arrays.fill(out, 0, Shapes.size(shape), 0.5); }
}
