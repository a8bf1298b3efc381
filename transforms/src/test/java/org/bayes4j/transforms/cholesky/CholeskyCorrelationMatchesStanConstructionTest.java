package org.bayes4j.transforms.cholesky;

import org.bayes4j.spi.constraint.CholeskyCorrelation;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The Cholesky-correlation transform against the construction as written in
 * the Stan Reference Manual ("Cholesky factors of correlation matrices"):
 * $z = \tanh x$ read row by row into the strictly lower triangle,
 * $L_{i0} = z_{i0}$, $L_{ij} = z_{ij}\sqrt{1 - \sum_{k<j} L_{ik}^2}$,
 * $L_{ii} = \sqrt{1 - \sum_{k<i} L_{ik}^2}$, with
 * $\log|\det J| = \sum_{i>j} \log(1 - z_{ij}^2) + \tfrac12\log(1 - \sum_{k<j} L_{ik}^2)$,
 * evaluated naively.
 */
class CholeskyCorrelationMatchesStanConstructionTest {

    @Test void matchesTheManualsConstruction() {
        Property.forAll("cholesky correlation = Stan manual construction", 77, 100, gen -> {
            int k = gen.integer(1, 5);
            double[] x = gen.normals(k * (k - 1) / 2);
            double[] expected = new double[k * k];
            double logDet = 0;
            int n = 0;
            expected[0] = 1;
            for (int i = 1; i < k; i++) {
                double sumSquares = 0;
                for (int j = 0; j < i; j++) {
                    double z = Math.tanh(x[n++]);
                    expected[i * k + j] = z * Math.sqrt(1 - sumSquares);
                    logDet += Math.log(1 - z * z) + 0.5 * Math.log(1 - sumSquares);
                    sumSquares += expected[i * k + j] * expected[i * k + j];
                }
                expected[i * k + i] = Math.sqrt(1 - sumSquares);
            }
            double[] y = new double[k * k];
            double actual = new CholeskyCorrelationBijector(CholeskyCorrelation.INSTANCE, new int[] {k, k}).forward(x, 0, y, 0);
            Tolerance.assertClose("L", y, expected, 1e-12, 1e-14);
            Tolerance.assertClose("log|det J|", actual, logDet, 1e-10, 1e-10);
        });
    }
}
