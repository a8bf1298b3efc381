package org.bayes4j.spi.constraint;

import java.util.List;

/**
 * Arrays whose sum along each of the given trailing axes is zero (PyMC's
 * {@code ZeroSumNormal} support). {@code axes} are negative indices from the end
 * ({@code -1} is the last axis); the event spans the trailing
 * {@code max(-axis)} axes. Unconstrained size replaces each constrained axis
 * size {@code n} by {@code n - 1}.
 */
public record ZeroSum(List<Integer> axes) implements Constraint {
    /** Absolute tolerance on each sum, relative to the largest magnitude, for values computed in floating point. */
    public static final double SUM_TOLERANCE = 1e-9;

    public ZeroSum {
        axes = List.copyOf(axes);
        if (axes.isEmpty()) throw new IllegalArgumentException("zero_sum needs at least one axis");
        for (int a : axes) if (a >= 0) throw new IllegalArgumentException("zero_sum axes are counted from the end (-1 is the last), got " + a);
        if (axes.stream().distinct().count() != axes.size()) throw new IllegalArgumentException("zero_sum axes repeat: " + axes);
    }

    /** Zero sum over each of the last {@code n} axes. */
    public static ZeroSum lastAxes(int n) {
        if (n < 1) throw new IllegalArgumentException("zero_sum needs n >= 1 axes, got " + n);
        Integer[] a = new Integer[n];
        for (int i = 0; i < n; i++) a[i] = -(i + 1);
        return new ZeroSum(List.of(a));
    }

    @Override public String name() { return "zero_sum" + axes; }
    @Override public int eventRank() { return axes.stream().mapToInt(a -> -a).max().orElseThrow(); }

    @Override public int unconstrainedSize(int[] shape) {
        checkShape(shape);
        int n = 1;
        for (int a = 0; a < shape.length; a++) n *= isConstrained(a, shape.length) ? shape[a] - 1 : shape[a];
        return n;
    }

    /** Whether axis {@code a} (0-based, of a value of the given rank) carries the zero-sum constraint. */
    public boolean isConstrained(int a, int rank) { return axes.contains(a - rank); }

    @Override public boolean contains(double[] v, int[] shape) {
        int size = Shapes.size(shape);
        double scale = 1;
        for (int i = 0; i < size; i++) {
            if (!Double.isFinite(v[i])) return false;
            scale = Math.max(scale, Math.abs(v[i]));
        }
        for (int axis : axes) {
            int a = shape.length + axis, n = shape[a], stride = 1;
            for (int b = a + 1; b < shape.length; b++) stride *= shape[b];
            int outer = size / (n * stride);
            for (int o = 0; o < outer; o++) {
                for (int s = 0; s < stride; s++) {
                    double sum = 0;
                    for (int j = 0; j < n; j++) sum += v[o * n * stride + j * stride + s];
                    if (Math.abs(sum) > SUM_TOLERANCE * scale * n) return false;
                }
            }
        }
        return true;
    }

    @Override public void feasiblePoint(int[] shape, double[] out) { java.util.Arrays.fill(out, 0, Shapes.size(shape), 0.0); }
}
