package org.bayes4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FiniteDifferenceTest {

    /** f(x) = sum sin(x_i) x_{i+1}; exact gradient known. */
    private static double f(double[] x) {
        double s = 0;
        for (int i = 0; i + 1 < x.length; i++) s += Math.sin(x[i]) * x[i + 1];
        return s;
    }

    private static double[] grad(double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i + 1 < x.length; i++) {
            g[i] += Math.cos(x[i]) * x[i + 1];
            g[i + 1] += Math.sin(x[i]);
        }
        return g;
    }

    @Test
    void matchesExactGradientOnRandomPoints() {
        Property.forAll("finite difference = exact gradient", 11, gen -> {
            double[] x = gen.reals(gen.integer(1, 6), -3, 3);
            GradientCheck.assertGradient("sin-product", FiniteDifferenceTest::f, x, grad(x));
        });
    }

    /** Every check can fail: a gradient with one wrong term is caught. */
    @Test
    void catchesAWrongPartial() {
        double[] x = {0.3, -1.2, 2.0};
        double[] wrong = grad(x);
        wrong[1] *= 1.001;
        assertThrows(AssertionError.class, () -> GradientCheck.assertGradient("sin-product", FiniteDifferenceTest::f, x, wrong));
    }

    @Test
    void logDeterminantOfKnownMatrix() {
        double[][] m = {{2, 1}, {1, 3}};
        assertEquals(Math.log(5), FiniteDifference.logAbsDeterminant(m), 1e-14);
    }

    @Test
    void jacobianOfLinearMapIsItsMatrix() {
        double[][] j = FiniteDifference.jacobian((x, out) -> { out[0] = 2 * x[0] + x[1]; out[1] = -x[1]; }, new double[] {1, 2}, 2);
        assertEquals(2, j[0][0], 1e-10);
        assertEquals(1, j[0][1], 1e-10);
        assertEquals(0, j[1][0], 1e-10);
        assertEquals(-1, j[1][1], 1e-10);
    }

    @Test
    void propertyFailureNamesTheSeed() {
        AssertionError e = assertThrows(AssertionError.class, () -> Property.forAll("always fails", 3, 5, g -> {
            throw new AssertionError("boom");
        }));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("Property.replay("), e.getMessage());
    }
}
