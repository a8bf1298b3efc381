package org.bayes4j.diagnostics.loo;

/**
 * {@code mean_i log(1 + a x_i)} over ascending positive {@code x_1..x_n}: the
 * inner loop of the generalised-Pareto fit, evaluated about 50 times per
 * observation, which dominated PSIS-LOO when done with one logarithm per term.
 *
 * <p>The terms with {@code |a x_i| <= 1e-3} (a prefix, as x ascends) take the Taylor
 * series of {@code log1p} to {@code u^5} (truncation below {@code u^6 / 6 < 2e-19}),
 * which keeps their relative accuracy. For the rest, a sum of logarithms is the
 * logarithm of a product: {@code sum_i log(1 + a x_i) = E log 2 + log(prod_i m_i)}, with
 * the product carried in several partial products ({@link LooKernels#logProduct}: four
 * interleaved in scalar code, two per lane in SIMD code), each brought back to
 * {@code [1, 2)}, as often as the size of the factors requires, by moving its binary
 * exponent into the integer {@code E} (exact). Each factor {@code 1 + a x_i} is a plain multiply-add
 * ({@link Math#fma} is avoided: without hardware FMA the JDK computes it in software, orders of magnitude
 * slower, and the result must not depend on the processor). One multiplication rounds by at most {@code 2^-53}
 * relative, {@code 1.1e-16} absolute in the logarithm: the same as the rounding of a
 * per-term logarithm, at the price of a multiplication. For {@code a > 0} every
 * factor is at least 1 and for {@code a < 0} at most 1, so a partial product never
 * returns from overflow or underflow: checking the exponent at each renormalisation
 * is enough. Should one leave the normal range (a factor beyond about {@code 2^+-250}, or
 * one not positive), the per-term logarithms of {@link #byTerms} are used instead.
 */
final class MeanLogOnePlus {

    /** Below this |a x| the series is used. */
    static final double SERIES_LIMIT = 1e-3;

    private MeanLogOnePlus() {}

    /** {@code mean(log(1 + a x[0..n)))}, x ascending and positive. */
    static double of(double a, double[] x, int n) { return of(a, x, n, LooKernels.SELECTED); }

    /** As {@link #of(double, double[], int)}, with the partial products of the given kernels. */
    static double of(double a, double[] x, int n, LooKernels kernels) {
        double sum = kernels.sumLogOnePlus(a, x, n);
        if (Double.isNaN(sum)) return byTerms(a, x, n);
        return sum / n;
    }

    /** {@code log(1 + u)} by its Taylor series to {@code u^5}, for {@code |u| <= }{@link #SERIES_LIMIT}. */
    static double log1pSeries(double u) {
        return u * (1 + u * (-0.5 + u * (1.0 / 3 + u * (-0.25 + u * 0.2))));
    }

    /**
     * How many factors a partial product starting in {@code [1, 2)} may take before it
     * must be renormalised, or -1 when the largest factor is outside the normal range.
     *
     * <p>As x ascends, every factor lies between 1 and the last, {@code 1 + a x_{n-1}} (the
     * rounded products and sums are monotone too), so with that factor in
     * {@code [2^E, 2^(E+1))} each lies within {@code 2^(+-e)}, {@code e = |E| + 1}, and a
     * partial product starting in {@code [1, 2)} stays in the normal range for
     * {@code 1000 / e} factors (at least four). Should the bound not hold (a factor not
     * positive), the exponent check of the kernels catches it.
     */
    static int factorsPerRenormalisation(double a, double[] x, int n) {
        double last = a * x[n - 1] + 1;
        if (!(last >= Double.MIN_NORMAL && last <= Double.MAX_VALUE)) return -1;
        int e = Math.abs(Math.getExponent(last)) + 1;
        return Math.max(4, 1000 / e);
    }

    /** One logarithm per term, with R's two-pass mean; the reference for the above, and its fallback. */
    static double byTerms(double a, double[] x, int n) {
        double[] v = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            v[i] = LogOnePlus.log1p(a * x[i]);
            sum += v[i];
        }
        double mean = sum / n;
        if (!Double.isFinite(mean)) return mean;
        double residual = 0;
        for (int i = 0; i < n; i++) residual += v[i] - mean;
        return mean + residual / n;
    }
}
