package org.bayes4j.spi.constraint;

/** The whole real line: every finite value. */
public record Real() implements Constraint {
    public static final Real INSTANCE = new Real();
    @Override public String name() { return "real"; }
    @Override public int eventRank() { return 0; }
    @Override public boolean contains(double[] v, int[] shape) {
        for (int i = 0; i < Shapes.size(shape); i++) if (!Double.isFinite(v[i])) return false;
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { java.util.Arrays.fill(out, 0, Shapes.size(shape), 0.0); }
}
