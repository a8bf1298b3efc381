package org.bayes4j.transforms.zerosum;

import java.util.List;

import org.bayes4j.spi.constraint.ZeroSum;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The fast Helmert application against the explicit matrix: a {@code (3, 4)}
 * array zero-summed over both axes equals $H_3 X H_4^\top$ for the
 * unconstrained {@code (2, 3)} array $X$, with $H_n$ formed entry by entry.
 */
class ZeroSumMatchesHelmertMatrixTest {

    static double[][] helmert(int n) {
        double[][] h = new double[n][n - 1];
        for (int j = 1; j < n; j++) {
            double c = 1 / Math.sqrt(j * (j + 1.0));
            for (int i = 0; i < j; i++) h[i][j - 1] = c;
            h[j][j - 1] = -j * c;
        }
        return h;
    }

    @Test void twoAxesEqualTheMatrixProduct() {
        double[][] h3 = helmert(3), h4 = helmert(4);
        ZeroSumBijector b = new ZeroSumBijector(ZeroSum.lastAxes(2), new int[] {3, 4});
        Property.forAll("zero sum = H3 X H4^T", 11, 50, gen -> {
            double[] x = gen.normals(6);
            double[] expected = new double[12];
            for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) {
                double sum = 0;
                for (int a = 0; a < 2; a++) for (int c = 0; c < 3; c++) sum += h3[i][a] * x[a * 3 + c] * h4[j][c];
                expected[i * 4 + j] = sum;
            }
            double[] y = new double[12];
            b.forward(x, 0, y, 0);
            Tolerance.assertClose("y", y, expected, 1e-12, 1e-14);
        });
    }

    @Test void axesListedInAnyOrderGiveTheSameMap() {
        ZeroSumBijector a = new ZeroSumBijector(new ZeroSum(List.of(-1, -2)), new int[] {2, 3, 4});
        ZeroSumBijector b = new ZeroSumBijector(new ZeroSum(List.of(-2, -1)), new int[] {2, 3, 4});
        Property.forAll("axis order is irrelevant", 12, 20, gen -> {
            double[] x = gen.normals(a.unconstrainedSize());
            double[] ya = new double[24], yb = new double[24];
            a.forward(x, 0, ya, 0);
            b.forward(x, 0, yb, 0);
            Tolerance.assertClose("y", ya, yb, 1e-12, 1e-14);
        });
    }
}
