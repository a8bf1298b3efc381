package org.bayes4j.transforms.simplex;

import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The stick-breaking simplex against the textbook recursion of the Stan
 * Reference Manual ("Unit simplex"): $z_k = \mathrm{logit}^{-1}(x_k + \log\frac{1}{K-k})$,
 * $y_k = (1 - \sum_{k'<k} y_{k'})\,z_k$, $y_K = 1 - \sum_{k<K} y_k$, with
 * $\log|\det J| = \sum_k \log\bigl(z_k(1-z_k)(1 - \sum_{k'<k} y_{k'})\bigr)$;
 * and $x = 0$ maps to the uniform simplex.
 */
class StickBreakingMatchesNaiveFormulaTest {

    @Test void matchesTheTextbookRecursion() {
        Property.forAll("stick breaking = naive recursion", 2024, 100, gen -> {
            int k = gen.integer(2, 7);
            double[] x = gen.normals(k - 1);
            double[] expected = new double[k];
            double used = 0, logDet = 0;
            for (int i = 0; i < k - 1; i++) {
                double z = 1 / (1 + Math.exp(-(x[i] + Math.log(1.0 / (k - 1 - i)))));
                expected[i] = (1 - used) * z;
                logDet += Math.log(z * (1 - z) * (1 - used));
                used += expected[i];
            }
            expected[k - 1] = 1 - used;
            double[] y = new double[k];
            double actualLogDet = new StickBreakingSimplex(Simplex.INSTANCE, new int[] {k}).forward(x, 0, y, 0);
            Tolerance.assertClose("y", y, expected, 1e-12, 1e-15);
            Tolerance.assertClose("log|det J|", actualLogDet, logDet, 1e-12, 1e-12);
        });
    }

    @Test void zeroMapsToTheUniformSimplex() {
        for (int k = 1; k <= 6; k++) {
            double[] y = new double[k];
            new StickBreakingSimplex(Simplex.INSTANCE, new int[] {k}).forward(new double[k - 1], 0, y, 0);
            for (int i = 0; i < k; i++) Tolerance.assertClose("y[" + i + "] for K = " + k, y[i], 1.0 / k, 1e-14, 0);
        }
    }
}
