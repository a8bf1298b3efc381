package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bayes4j.samplers.trajectory.GeneralisedUTurn;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/** The generalised criterion and its checks across merged subtrees (unit metric, so p# = p). */
class GeneralisedUTurnTest {

    private static double[] v(double... x) { return x; }

    private static double[] sum(double[]... xs) {
        double[] s = new double[xs[0].length];
        for (double[] x : xs) for (int i = 0; i < s.length; i++) s[i] += x[i];
        return s;
    }

    private static boolean merged(double[] p1, double[] p2, double[] p3, double[] p4) {
        double[] left = sum(p1, p2), right = sum(p3, p4);
        return GeneralisedUTurn.mergedContinues(p1, p2, p2, left, p3, p3, p4, right, sum(left, right));
    }

    @Test
    void straightLineContinuesAndReversalStops() {
        assertTrue(GeneralisedUTurn.continues(v(1, 0), v(1, 0.1), v(5, 0.5)));
        assertFalse(GeneralisedUTurn.continues(v(1, 0), v(-1, 0), v(0.5, 0)), "the far end has turned back");
        assertFalse(GeneralisedUTurn.continues(v(1, 0), v(1, 0), v(0, 0)), "zero displacement is a U-turn (strict inequality)");
    }

    @Test
    void extendedCheckEqualsCriterionOnTheSum() {
        Property.forAll("continuesExtended = continues(rho + p)", 51L, 200, gen -> {
            int d = gen.integer(1, 4);
            double[] a = gen.normals(d), b = gen.normals(d), rho = gen.normals(d), p = gen.normals(d);
            assertTrue(GeneralisedUTurn.continuesExtended(a, b, rho, p) == GeneralisedUTurn.continues(a, b, sum(rho, p)));
        });
    }

    @Test
    void crossSubtreeChecksCatchTurnsAtTheSeam() {
        // every subtree and the merged trajectory pass the plain criterion ...
        double[] p1 = v(-2, -2), p2 = v(-2, -2), p3 = v(0, 1), p4 = v(-2, 0);
        assertTrue(GeneralisedUTurn.continues(p1, p2, sum(p1, p2)));
        assertTrue(GeneralisedUTurn.continues(p3, p4, sum(p3, p4)));
        assertTrue(GeneralisedUTurn.continues(p1, p4, sum(p1, p2, p3, p4)));
        // ... but the left subtree extended by the first right state has turned
        assertFalse(GeneralisedUTurn.continues(p1, p3, sum(p1, p2, p3)));
        assertFalse(merged(p1, p2, p3, p4));

        // and symmetrically for the right subtree extended by the last left state
        double[] q1 = v(-2, -2), q2 = v(-2, -1), q3 = v(2, -2), q4 = v(2, -1);
        assertTrue(GeneralisedUTurn.continues(q1, q2, sum(q1, q2)));
        assertTrue(GeneralisedUTurn.continues(q3, q4, sum(q3, q4)));
        assertTrue(GeneralisedUTurn.continues(q1, q4, sum(q1, q2, q3, q4)));
        assertFalse(GeneralisedUTurn.continues(q2, q4, sum(q2, q3, q4)));
        assertFalse(merged(q1, q2, q3, q4));

        // a straight run passes all three
        assertTrue(merged(v(1, 0), v(1, 0.1), v(1, 0.2), v(1, 0.3)));
    }
}
