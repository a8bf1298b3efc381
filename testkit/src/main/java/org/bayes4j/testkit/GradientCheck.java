package org.bayes4j.testkit;

import java.util.function.ToDoubleFunction;

/**
 * Checks an analytic gradient against {@link FiniteDifference}. The
 * tolerance scales with the function's magnitude because the numerical
 * derivative's round-off error does: {@code eps |f| / h}.
 */
public final class GradientCheck {

    private GradientCheck() {}

    /** Default relative tolerance, loose enough for the O(h^4) formula with h = 1e-3, tight enough to catch any wrong term. */
    public static final double REL = 1e-6;
    public static final double ABS = 1e-6;

    /** Asserts {@code analytic} equals the numerical gradient of {@code f} at {@code x}. */
    public static void assertGradient(String what, ToDoubleFunction<double[]> f, double[] x, double[] analytic) {
        assertGradient(what, f, x, analytic, REL, ABS);
    }

    public static void assertGradient(String what, ToDoubleFunction<double[]> f, double[] x, double[] analytic, double rel, double abs) {
        double fx = Math.abs(f.applyAsDouble(x));
        double[] numeric = FiniteDifference.gradient(f, x);
        double scaledAbs = abs * Math.max(1, fx);
        Tolerance.assertClose(what + " gradient (analytic vs finite difference at x=" + java.util.Arrays.toString(x) + ")",
                analytic, numeric, rel, scaledAbs);
    }
}
