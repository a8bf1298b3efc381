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
 * the product carried in four interleaved partial products, each brought back to
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
    private static final double SERIES_LIMIT = 1e-3;
    /** {@code log 2} split so that {@code E * LN2_HI} is exact for {@code |E| < 2^20} (as fdlibm). */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final long MANTISSA = 0x000FFFFFFFFFFFFFL;
    private static final long EXPONENT_ONE = 0x3FF0000000000000L;

    private MeanLogOnePlus() {}

    /** {@code mean(log(1 + a x[0..n)))}, x ascending and positive. */
    static double of(double a, double[] x, int n) {
        double series = 0;
        int i = 0;
        for (; i < n; i++) {
            double u = a * x[i];
            if (Math.abs(u) > SERIES_LIMIT) break;
            series += u * (1 + u * (-0.5 + u * (1.0 / 3 + u * (-0.25 + u * 0.2))));
        }
        double products = logProduct(a, x, i, n);
        if (Double.isNaN(products)) return byTerms(a, x, n);
        return (series + products) / n;
    }

    /**
     * {@code sum_{i in [from, n)} log(1 + a x_i)} by partial products; NaN if one left the normal range.
     *
     * <p>As x ascends, every factor lies between 1 and the last, {@code 1 + a x_{n-1}} (the
     * rounded products and sums are monotone too), so with that factor in
     * {@code [2^E, 2^(E+1))} each lies within {@code 2^(+-e)}, {@code e = |E| + 1}, and a
     * partial product starting in {@code [1, 2)} stays in the normal range for
     * {@code 1000 / e} factors: it is brought back to {@code [1, 2)} only that often (at
     * least every four factors), not after every four. Should the bound not hold (a
     * factor not positive), the exponent check catches it as before.
     */
    private static double logProduct(double a, double[] x, int from, int n) {
        if (from >= n) return 0;
        double last = a * x[n - 1] + 1;
        if (!(last >= Double.MIN_NORMAL && last <= Double.MAX_VALUE)) return Double.NaN;
        int e = Math.abs(Math.getExponent(last)) + 1;
        int perProduct = Math.max(4, 1000 / e);
        double p0 = 1;
        double p1 = 1;
        double p2 = 1;
        double p3 = 1;
        long exponents = 0;
        long bad = 0;
        int i = from;
        while (i < n) {
            // each partial product takes at most perProduct factors
            int end = Math.min(n, i + 4 * perProduct);
            for (; i + 4 <= end; i += 4) {
                p0 *= (a * x[i] + 1);
                p1 *= (a * x[i + 1] + 1);
                p2 *= (a * x[i + 2] + 1);
                p3 *= (a * x[i + 3] + 1);
            }
            if (i < end) p0 *= (a * x[i++] + 1);
            if (i < end) p1 *= (a * x[i++] + 1);
            if (i < end) p2 *= (a * x[i++] + 1);
            // p = 2^(f - 1023) m with m in [1, 2), f the biased exponent field; f must be 1..2046
            long b0 = Double.doubleToRawLongBits(p0);
            long b1 = Double.doubleToRawLongBits(p1);
            long b2 = Double.doubleToRawLongBits(p2);
            long b3 = Double.doubleToRawLongBits(p3);
            long f0 = b0 >>> 52;
            long f1 = b1 >>> 52;
            long f2 = b2 >>> 52;
            long f3 = b3 >>> 52;
            // a sign bit, a zero/subnormal or an infinite/NaN field all fall outside 1..2046
            bad |= (f0 - 1) | (2046 - f0) | (f1 - 1) | (2046 - f1) | (f2 - 1) | (2046 - f2) | (f3 - 1) | (2046 - f3);
            exponents += f0 + f1 + f2 + f3 - 4 * 1023;
            p0 = Double.longBitsToDouble((b0 & MANTISSA) | EXPONENT_ONE);
            p1 = Double.longBitsToDouble((b1 & MANTISSA) | EXPONENT_ONE);
            p2 = Double.longBitsToDouble((b2 & MANTISSA) | EXPONENT_ONE);
            p3 = Double.longBitsToDouble((b3 & MANTISSA) | EXPONENT_ONE);
        }
        if (bad < 0) return Double.NaN;
        // the four mantissas multiply to less than 16: no overflow
        return exponents * LN2_HI + (exponents * LN2_LO + Math.log(p0 * p1 * p2 * p3));
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
