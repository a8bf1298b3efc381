package org.bayes4j.diagnostics.loo;

/**
 * {@code log(1 + u)} and {@code exp(y) - 1} accurate for small arguments, built
 * on the hardware-fast {@link Math#log} and {@link Math#exp} (the JDK's
 * {@code Math.log1p} and {@code Math.expm1} are not intrinsics and dominated the
 * cost of the generalised-Pareto fit).
 *
 * <p>{@code log1p}: for {@code |u| <= 1e-3} the Taylor series to {@code u^5}; beyond,
 * {@code log(fl(1 + u))} by {@link TabulatedLogarithm}, where the rounding of
 * {@code 1 + u} costs at most {@code 1.1e-16 / |u|} relative. {@code expm1} uses
 * Kahan's device (Goldberg 1991, "What every computer scientist should know about
 * floating-point arithmetic", Theorem 4): {@code exp(y) - 1 = (v - 1) y / log(v)} with
 * {@code v = fl(exp(y))}, the rounding of v cancelling in the ratio.
 */
final class LogOnePlus {

    private LogOnePlus() {}

    static double log1p(double u) {
        double w = 1 + u;
        if (w == 1) return u;
        if (w <= 0 || w == Double.POSITIVE_INFINITY || Double.isNaN(w)) return Math.log1p(u);
        // away from 0 the rounding of w costs at most 1.1e-16 / |u| < 1e-13 relative
        if (Math.abs(u) > 1e-3) return TabulatedLogarithm.log(w);
        // near 0 the Taylor series to u^5 (truncation below u^6 / 6 < 2e-19)
        return u * (1 + u * (-0.5 + u * (1.0 / 3 + u * (-0.25 + u * 0.2))));
    }

    static double expm1(double y) {
        double v = Math.exp(y);
        if (v == 1) return y;
        double vm1 = v - 1;
        if (vm1 == -1 || v == Double.POSITIVE_INFINITY || Double.isNaN(v)) return Math.expm1(y);
        return vm1 * y / Math.log(v);
    }
}
