package org.bayes4j.spi.constraint;

/** {lower, ..., upper}: bounded integers (Bernoulli's {0,1}, a category index, a binomial count with n fixed). Discrete. */
public record IntegerInterval(long lower, long upper) implements Constraint {
    public IntegerInterval {
        if (lower > upper) throw new IllegalArgumentException("integer interval {" + lower + ".." + upper + "} is empty");
    }
    @Override public String name() { return "integer_interval(" + lower + ", " + upper + ")"; }
    @Override public int eventRank() { return 0; }
    @Override public boolean isDiscrete() { return true; }
    @Override public boolean contains(double[] v, int[] shape) {
        for (int i = 0; i < Shapes.size(shape); i++) if (!(v[i] >= lower && v[i] <= upper) || v[i] != Math.rint(v[i])) return false;
        return true;
    }
    @Override public void feasiblePoint(int[] shape, double[] out) { java.util.Arrays.fill(out, 0, Shapes.size(shape), lower); }
}
