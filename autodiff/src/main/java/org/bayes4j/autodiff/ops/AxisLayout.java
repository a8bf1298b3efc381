package org.bayes4j.autodiff.ops;

/**
 * A tensor viewed as {@code (outer, n, inner)} around one axis: element
 * {@code (o, j, i)} sits at flat index {@code (o n + j) inner + i}. Reductions and
 * normalisations over an axis walk the {@code n} elements of each of the
 * {@code outer * inner} lines with stride {@code inner}. A reduction over all
 * elements is the layout {@code (1, size, 1)}.
 *
 * @param outer product of the axes before the axis
 * @param n     the axis length
 * @param inner product of the axes after the axis
 */
public record AxisLayout(int outer, int n, int inner) {

    /** The layout of {@code shape} around {@code axis}. */
    public static AxisLayout of(int[] shape, int axis) {
        int outer = 1, inner = 1;
        for (int a = 0; a < axis; a++) outer *= shape[a];
        for (int a = axis + 1; a < shape.length; a++) inner *= shape[a];
        return new AxisLayout(outer, shape[axis], inner);
    }

    /** All elements as one line. */
    public static AxisLayout whole(int size) { return new AxisLayout(1, size, 1); }

    /** Number of lines ({@code outer * inner}). */
    public int lines() { return outer * inner; }

    /** Flat index of the first element of line {@code l} (lines ordered as the reduced tensor). */
    public int lineStart(int l) { return (l / inner) * n * inner + l % inner; }
}
