package org.bayes4j.autodiff.ops;

import java.util.Arrays;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Textbook reference implementations of the ops on row-major arrays, written
 * with explicit multi-indices and no precomputed maps, as the oracle for the
 * compiled kernels' forward values.
 */
final class Naive {

    private Naive() {}

    static int size(int[] shape) {
        int n = 1;
        for (int s : shape) n *= s;
        return n;
    }

    static int[] unravel(int flat, int[] shape) {
        int[] idx = new int[shape.length];
        for (int a = shape.length - 1; a >= 0; a--) {
            idx[a] = flat % shape[a];
            flat /= shape[a];
        }
        return idx;
    }

    static int ravel(int[] idx, int[] shape) {
        int flat = 0;
        for (int a = 0; a < shape.length; a++) flat = flat * shape[a] + idx[a];
        return flat;
    }

    /** Element of {@code x} (shape {@code s}) read at output multi-index {@code out} under right-aligned broadcasting. */
    static double read(double[] x, int[] s, int[] out) {
        int[] idx = new int[s.length];
        for (int a = 0; a < s.length; a++) {
            int o = out[out.length - s.length + a];
            idx[a] = s[a] == 1 ? 0 : o;
        }
        return x[ravel(idx, s)];
    }

    static int[] broadcastShape(int[]... shapes) {
        int rank = 0;
        for (int[] s : shapes) rank = Math.max(rank, s.length);
        int[] out = new int[rank];
        java.util.Arrays.fill(out, 1);
        for (int[] s : shapes) {
            for (int a = 0; a < s.length; a++) {
                int o = rank - s.length + a;
                if (s[a] != 1) out[o] = s[a];
            }
        }
        return out;
    }

    static double[] binary(double[] a, int[] sa, double[] b, int[] sb, DoubleBinaryOperator f) {
        int[] so = broadcastShape(sa, sb);
        double[] out = new double[size(so)];
        for (int i = 0; i < out.length; i++) {
            int[] idx = unravel(i, so);
            out[i] = f.applyAsDouble(read(a, sa, idx), read(b, sb, idx));
        }
        return out;
    }

    static double[] unary(double[] x, DoubleUnaryOperator f) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = f.applyAsDouble(x[i]);
        return out;
    }

    /** Output shape of a reduction over {@code axis}. */
    static int[] without(int[] s, int axis) {
        int[] out = new int[s.length - 1];
        for (int a = 0, k = 0; a < s.length; a++) if (a != axis) out[k++] = s[a];
        return out;
    }

    /** Elements of the line through output index {@code o} of a reduction of {@code x} over {@code axis}. */
    static double[] line(double[] x, int[] s, int axis, int[] o) {
        double[] v = new double[s[axis]];
        int[] idx = new int[s.length];
        for (int j = 0; j < s[axis]; j++) {
            for (int a = 0, k = 0; a < s.length; a++) idx[a] = a == axis ? j : o[k++];
            v[j] = x[ravel(idx, s)];
        }
        return v;
    }

    static double[] reduce(double[] x, int[] s, int axis, java.util.function.ToDoubleFunction<double[]> f) {
        int[] so = without(s, axis);
        double[] out = new double[size(so)];
        for (int i = 0; i < out.length; i++) out[i] = f.applyAsDouble(line(x, s, axis, unravel(i, so)));
        return out;
    }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    /** log sum exp by the plain formula (fine for the moderate values the properties use). */
    static double logSumExp(double[] v) {
        double s = 0;
        for (double x : v) s += Math.exp(x);
        return Math.log(s);
    }

    /** Softmax (or log-softmax) of every line over {@code axis}. */
    static double[] normalise(double[] x, int[] s, int axis, boolean log) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            int[] idx = unravel(i, s);
            int[] o = new int[s.length - 1];
            for (int a = 0, k = 0; a < s.length; a++) if (a != axis) o[k++] = idx[a];
            double lse = logSumExp(line(x, s, axis, o));
            out[i] = log ? x[i] - lse : Math.exp(x[i] - lse);
        }
        return out;
    }

    static double[] matmul(double[] a, int[] sa, double[] b, int[] sb) {
        int n = sa.length == 2 ? sa[0] : 1, k = sa[sa.length - 1], m = sb.length == 2 ? sb[1] : 1;
        double[] c = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int t = 0; t < k; t++) s += a[i * k + t] * b[t * m + j];
                c[i * m + j] = s;
            }
        }
        return c;
    }

    /** (..., n, m) x (..., m) with broadcast batch axes, by explicit multi-indices. */
    static double[] matvec(double[] a, int[] sa, double[] x, int[] sx) {
        int n = sa[sa.length - 2], m = sa[sa.length - 1];
        int[] ba = Arrays.copyOf(sa, sa.length - 2), bx = Arrays.copyOf(sx, sx.length - 1);
        int rank = Math.max(ba.length, bx.length);
        int[] bo = new int[rank];
        for (int i = 0; i < rank; i++) {
            int da = i - (rank - ba.length) >= 0 ? ba[i - (rank - ba.length)] : 1;
            int dx = i - (rank - bx.length) >= 0 ? bx[i - (rank - bx.length)] : 1;
            bo[i] = Math.max(da, dx);
        }
        int batches = 1;
        for (int d : bo) batches *= d;
        double[] y = new double[batches * n];
        int[] idx = new int[rank];
        for (int b = 0; b < batches; b++) {
            int rem = b;
            for (int i = rank - 1; i >= 0; i--) { idx[i] = rem % bo[i]; rem /= bo[i]; }
            int fa = 0, fx = 0;
            for (int i = 0; i < ba.length; i++) fa = fa * ba[i] + (ba[i] == 1 ? 0 : idx[i + rank - ba.length]);
            for (int i = 0; i < bx.length; i++) fx = fx * bx[i] + (bx[i] == 1 ? 0 : idx[i + rank - bx.length]);
            for (int i = 0; i < n; i++) {
                double s = 0;
                for (int j = 0; j < m; j++) s += a[(fa * n + i) * m + j] * x[fx * m + j];
                y[b * n + i] = s;
            }
        }
        return y;
    }

    static double[] transpose(double[] x, int[] shape) {
        int r = shape[shape.length - 2], c = shape[shape.length - 1], batch = x.length / (r * c);
        double[] y = new double[x.length];
        for (int b = 0; b < batch; b++) {
            for (int i = 0; i < r; i++) for (int j = 0; j < c; j++) y[b * r * c + j * r + i] = x[b * r * c + i * c + j];
        }
        return y;
    }
}
