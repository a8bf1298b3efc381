package org.bayes4j.diagnostics.loo;

import org.bayes4j.spi.numeric.TabulatedExponential;

/**
 * {@link LooKernels} in plain Java. Sums are split over even and odd entries (or
 * four ways), so that independent additions overlap in the processor instead of
 * each waiting on the last; exponentials are {@link TabulatedExponential}'s.
 * Products are plain multiplications and additions: {@link Math#fma} is avoided,
 * since without hardware FMA the JDK computes it in software, orders of magnitude
 * slower.
 */
final class ScalarLooKernels implements LooKernels {

    private static final long MANTISSA = 0x000FFFFFFFFFFFFFL;
    private static final long EXPONENT_ONE = 0x3FF0000000000000L;
    /** {@code log 2} split so that {@code E * LN2_HI} is exact for {@code |E| < 2^20} (as fdlibm). */
    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;

    @Override
    public String name() { return "scalar"; }

    @Override
    public void minMax(double[] v, int n, double[] out) {
        double lo = v[0];
        double hi = v[0];
        for (int t = 1; t < n; t++) {
            double x = v[t];
            if (x < lo) lo = x;
            if (x > hi) hi = x;
        }
        out[0] = lo;
        out[1] = hi;
    }

    @Override
    public void ratios(double[] ll, int n, double c, double scale, double[] lw, double[] e, double[] x, double[] sums) {
        java.util.Arrays.fill(sums, 0, 3, 0.0);
        ratios(ll, 0, n, c, scale, lw, e, x, sums);
    }

    /** {@link #ratios(double[], int, double, double, double[], double[], double[], double[])} over {@code [from, n)}, adding to {@code sums}. */
    static void ratios(double[] ll, int from, int n, double c, double scale, double[] lw, double[] e, double[] x, double[] sums) {
        double sumX = 0;
        double sumE = 0;
        double sumE2 = 0;
        for (int t = from; t < n; t++) {
            double bt = c - ll[t];
            lw[t] = bt;
            double et = TabulatedExponential.exp(bt);
            e[t] = et;
            double xt = scale / et;
            x[t] = xt;
            sumX += xt;
            sumE += et;
            sumE2 += et * et;
        }
        sums[0] += sumX;
        sums[1] += sumE;
        sums[2] += sumE2;
    }

    @Override
    public double sumAndRange(double[] x, int off, int n, double[] range) {
        double lo = range[0];
        double hi = range[1];
        double sum0 = 0;
        double sum1 = 0;
        int t = 0;
        for (; t + 1 < n; t += 2) {
            double v0 = x[off + t];
            double v1 = x[off + t + 1];
            sum0 += v0;
            sum1 += v1;
            if (v0 < lo) lo = v0;
            if (v0 > hi) hi = v0;
            if (v1 < lo) lo = v1;
            if (v1 > hi) hi = v1;
        }
        if (t < n) {
            double v = x[off + t];
            sum0 += v;
            if (v < lo) lo = v;
            if (v > hi) hi = v;
        }
        range[0] = lo;
        range[1] = hi;
        return sum0 + sum1;
    }

    @Override
    public double residualSum(double[] x, int off, int n, double mean) {
        double residual0 = 0;
        double residual1 = 0;
        int t = 0;
        for (; t + 1 < n; t += 2) {
            residual0 += x[off + t] - mean;
            residual1 += x[off + t + 1] - mean;
        }
        if (t < n) residual0 += x[off + t] - mean;
        return residual0 + residual1;
    }

    @Override
    public void centreAndPair(double[] x, int off, int n, double mean, double[] centred, double[] pairSummed) {
        // elementwise loops, which the JIT compiler may turn into vector instructions
        for (int t = 0; t < n; t++) centred[off + t] = x[off + t] - mean;
        for (int t = 0; t < n - 1; t++) pairSummed[off + t] = centred[off + t] + centred[off + t + 1];
        pairSummed[off + n - 1] = centred[off + n - 1];
    }

    @Override
    public double lagSum(double[] c, int off, int n, int t) {
        double sum0 = 0;
        double sum1 = 0;
        double sum2 = 0;
        double sum3 = 0;
        int i = 0;
        for (; i + 3 < n - t; i += 4) {
            int j = off + i;
            sum0 += c[j] * c[j + t];
            sum1 += c[j + 1] * c[j + 1 + t];
            sum2 += c[j + 2] * c[j + 2 + t];
            sum3 += c[j + 3] * c[j + 3 + t];
        }
        for (; i < n - t; i++) sum0 += c[off + i] * c[off + i + t];
        return (sum0 + sum1) + (sum2 + sum3);
    }

    /**
     * Each draw {@code c_i} is loaded once for its four products, and with two draws per
     * step the eight sums are independent addition chains; the six {@code z} a step
     * needs besides its two new ones are carried over from the last step.
     */
    @Override
    public void pairSums(double[] c, double[] z, int off, int n, int l, double[] out) {
        // even i in s*, odd i in u*
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        double u0 = 0, u1 = 0, u2 = 0, u3 = 0;
        // below `all`, i + l + 6 < n: every one of the four pairs has its term
        int all = n - l - 6;
        int i = 0;
        if (all > 1) {
            int j = off + l;
            double z0 = z[j];
            double z1 = z[j + 1];
            double z2 = z[j + 2];
            double z3 = z[j + 3];
            double z4 = z[j + 4];
            double z5 = z[j + 5];
            for (; i + 1 < all; i += 2) {
                double x0 = c[off + i];
                double x1 = c[off + i + 1];
                double z6 = z[off + i + l + 6];
                double z7 = z[off + i + l + 7];
                s0 += x0 * z0;
                s1 += x0 * z2;
                s2 += x0 * z4;
                s3 += x0 * z6;
                u0 += x1 * z1;
                u1 += x1 * z3;
                u2 += x1 * z5;
                u3 += x1 * z7;
                z0 = z2;
                z1 = z3;
                z2 = z4;
                z3 = z5;
                z4 = z6;
                z5 = z7;
            }
        }
        out[0] += s0 + u0;
        out[1] += s1 + u1;
        out[2] += s2 + u2;
        out[3] += s3 + u3;
        pairSumsFrom(c, z, off, n, l, i, out);
    }

    /** The terms of {@link #pairSums} for draws {@code i >= from}, one at a time, each pair only while it has terms. */
    static void pairSumsFrom(double[] c, double[] z, int off, int n, int l, int from, double[] out) {
        for (int i = from; i < n - l; i++) {
            double xi = c[off + i];
            int j = off + i + l;
            out[0] += xi * z[j];
            if (i + l + 2 < n) out[1] += xi * z[j + 2];
            if (i + l + 4 < n) out[2] += xi * z[j + 4];
            if (i + l + 6 < n) out[3] += xi * z[j + 6];
        }
    }

    /** The series over the prefix of small terms, then {@link #logProduct} over the rest. */
    @Override
    public double sumLogOnePlus(double a, double[] x, int n) {
        double series = 0;
        int i = 0;
        for (; i < n; i++) {
            double u = a * x[i];
            if (Math.abs(u) > MeanLogOnePlus.SERIES_LIMIT) break;
            series += MeanLogOnePlus.log1pSeries(u);
        }
        return series + logProduct(a, x, i, n);
    }

    /**
     * {@code sum_{i in [from, n)} log(1 + a x_i)} in four interleaved partial products, each brought back to {@code [1, 2)} as often
     * as {@link MeanLogOnePlus#factorsPerRenormalisation} allows by moving its binary
     * exponent into an integer (exact).
     */
    private static double logProduct(double a, double[] x, int from, int n) {
        if (from >= n) return 0;
        int perProduct = MeanLogOnePlus.factorsPerRenormalisation(a, x, n);
        if (perProduct < 0) return Double.NaN;
        double p0 = 1;
        double p1 = 1;
        double p2 = 1;
        double p3 = 1;
        long exponents = 0;
        long bad = 0;
        int i = from;
        while (i < n) {
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

    @Override
    public void exceedances(double[] v, int m, double offset, double[] out) { exceedances(v, 0, m, offset, out); }

    /** {@link #exceedances(double[], int, double, double[])} for {@code j} in {@code [from, m)}. */
    static void exceedances(double[] v, int from, int m, double offset, double[] out) {
        for (int j = from; j < m; j++) out[j] = Math.exp(v[j]) - offset;
    }

    @Override
    public void paretoQuantiles(double[] logSurvival, int m, double k, double sigma, double offset, double[] out) {
        paretoQuantiles(logSurvival, 0, m, k, sigma, offset, out);
    }

    /** {@link #paretoQuantiles(double[], int, double, double, double, double[])} for {@code j} in {@code [from, m)}. */
    static void paretoQuantiles(double[] logSurvival, int from, int m, double k, double sigma, double offset, double[] out) {
        for (int j = from; j < m; j++) out[j] = sigma * LogOnePlus.expm1(-k * logSurvival[j]) / k + offset;
    }

    @Override
    public int atLeast(double[] v, int n, double threshold, int[] out) { return atLeast(v, 0, n, threshold, out, 0); }

    /**
     * {@link #atLeast(double[], int, double, int[])} over {@code [from, n)}, appending to the
     * {@code count} indices already in {@code out}; returns the new count. Every index is
     * written, and kept by advancing the count (though the JIT compiler may still turn the
     * comparison into a branch, which {@link VectorLooKernels#atLeast} avoids).
     */
    static int atLeast(double[] v, int from, int n, double threshold, int[] out, int count) {
        for (int t = from; t < n; t++) {
            out[count] = t;
            count += v[t] >= threshold ? 1 : 0;
        }
        return count;
    }
}
