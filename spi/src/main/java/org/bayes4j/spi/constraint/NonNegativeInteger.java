package org.bayes4j.spi.constraint;

/** {0, 1, 2, ...}: counts. Discrete. */
public record NonNegativeInteger() implements Constraint {
    public static final NonNegativeInteger INSTANCE = new NonNegativeInteger();
    @Override public String name() { return "nonnegative_integer"; }
    @Override public int eventRank() { return 0; }
    @Override public boolean isDiscrete() { return true; }
    @Override public boolean contains(double[] v, int[] shape) {
        for (int i = 0; i < Shapes.size(shape); i++) if (!(v[i] >= 0) || v[i] != Math.rint(v[i]) || Double.isInfinite(v[i])) return false;
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { java.util.Arrays.fill(out, 0, Shapes.size(shape), 0.0); }
}
