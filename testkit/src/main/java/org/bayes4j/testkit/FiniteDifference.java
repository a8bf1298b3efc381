package org.bayes4j.testkit;

import java.util.function.BiConsumer;
import java.util.function.ToDoubleFunction;

/**
 * Numerical derivatives by central differences with one Richardson
 * extrapolation step: {@code D(h) = (f(x+h) - f(x-h)) / 2h} has error
 * {@code O(h^2)}; {@code (4 D(h/2) - D(h)) / 3} cancels the {@code h^2} term,
 * leaving {@code O(h^4)} (Press et al., Numerical Recipes, 5.7).
 * The step is {@code h = 1e-3 * max(1, |x|)}, a compromise between truncation
 * and round-off error for the fourth-order formula.
 */
public final class FiniteDifference {

    private FiniteDifference() {}

    /** Gradient of a scalar function at {@code x} ({@code x} is restored afterwards). */
    public static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
        double[] g = new double[x.length];
        double[] xs = x.clone();
        for (int i = 0; i < x.length; i++) g[i] = partial(f, xs, i);
        return g;
    }

    /** One partial derivative {@code df/dx_i}. */
    public static double partial(ToDoubleFunction<double[]> f, double[] x, int i) {
        double h = step(x[i]);
        double d1 = central(f, x, i, h);
        double d2 = central(f, x, i, h / 2);
        return (4 * d2 - d1) / 3;
    }

    /**
     * Jacobian {@code J[r][c] = d out_r / d x_c} of a map {@code x -> out} with
     * {@code outSize} outputs, written by {@code f.accept(x, out)}.
     */
    public static double[][] jacobian(BiConsumer<double[], double[]> f, double[] x, int outSize) {
        double[][] j = new double[outSize][x.length];
        double[] xs = x.clone();
        double[] plus = new double[outSize], minus = new double[outSize], plus2 = new double[outSize], minus2 = new double[outSize];
        for (int c = 0; c < x.length; c++) {
            double x0 = xs[c], h = step(x0);
            xs[c] = x0 + h; f.accept(xs, plus);
            xs[c] = x0 - h; f.accept(xs, minus);
            xs[c] = x0 + h / 2; f.accept(xs, plus2);
            xs[c] = x0 - h / 2; f.accept(xs, minus2);
            xs[c] = x0;
            for (int r = 0; r < outSize; r++) {
                double d1 = (plus[r] - minus[r]) / (2 * h);
                double d2 = (plus2[r] - minus2[r]) / h;
                j[r][c] = (4 * d2 - d1) / 3;
            }
        }
        return j;
    }

    /** {@code log|det J|} of a square matrix by LU decomposition with partial pivoting. */
    public static double logAbsDeterminant(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) a[i] = m[i].clone();
        double logDet = 0;
        for (int k = 0; k < n; k++) {
            int p = k;
            for (int i = k + 1; i < n; i++) if (Math.abs(a[i][k]) > Math.abs(a[p][k])) p = i;
            double[] t = a[k]; a[k] = a[p]; a[p] = t;
            double pivot = a[k][k];
            if (pivot == 0) return Double.NEGATIVE_INFINITY;
            logDet += Math.log(Math.abs(pivot));
            for (int i = k + 1; i < n; i++) {
                double factor = a[i][k] / pivot;
                for (int j = k; j < n; j++) a[i][j] -= factor * a[k][j];
            }
        }
        return logDet;
    }

    private static double central(ToDoubleFunction<double[]> f, double[] x, int i, double h) {
        double x0 = x[i];
        x[i] = x0 + h;
        double up = f.applyAsDouble(x);
        x[i] = x0 - h;
        double down = f.applyAsDouble(x);
        x[i] = x0;
        return (up - down) / (2 * h);
    }

    private static double step(double x) { return 1e-3 * Math.max(1, Math.abs(x)); }
}
