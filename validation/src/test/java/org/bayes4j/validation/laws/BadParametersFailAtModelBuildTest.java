package org.bayes4j.validation.laws;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.LkjCholeskyCov;
import org.bayes4j.spi.dist.LkjCorrCholesky;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.dist.OrderedLogistic;
import org.bayes4j.spi.dist.ZeroSumNormal;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.junit.jupiter.api.Test;

/** Invalid constant arguments and options of the multivariate families fail when the model is compiled, naming the variable and the condition. */
class BadParametersFailAtModelBuildTest {

    private static String failure(Model model) {
        return assertThrows(IllegalArgumentException.class, model::compile).getMessage();
    }

    @Test
    void zeroSumNormalWithANegativeScale() {
        String m = failure(Model.build("bad", b -> b.param("x", ZeroSumNormal.of(-1.5), b.dim("g", 3))));
        assertTrue(m.contains("x") && m.contains("sigma") && m.contains("positive"), m);
    }

    @Test
    void zeroSumNormalWithMoreAxesThanTheVariable() {
        String m = failure(Model.build("bad", b -> b.param("x", ZeroSumNormal.of(1, 2), b.dim("g", 3))));
        assertTrue(m.contains("x") && m.contains("rank 2"), m);
    }

    @Test
    void lkjWithANonPositiveShape() {
        String m = failure(Model.build("bad", b -> {
            Dim r = b.dim("r", 3), c = b.dim("c", 3);
            b.param("L", LkjCorrCholesky.of(0), r, c);
        }));
        assertTrue(m.contains("L") && m.contains("eta") && m.contains("positive"), m);
    }

    @Test
    void lkjCovarianceWithARealValuedSdDist() {
        String m = failure(Model.build("bad", b -> {
            Dim r = b.dim("r", 2), c = b.dim("c", 2);
            b.param("L", LkjCholeskyCov.of(2, Normal.of(0, 1)), r, c);
        }));
        assertTrue(m.contains("L") && m.contains("sd_dist") && m.contains("positive reals"), m);
        String rate = failure(Model.build("bad", b -> {
            Dim r = b.dim("r", 2), c = b.dim("c", 2);
            b.param("L", LkjCholeskyCov.of(2, Exponential.of(-1)), r, c);
        }));
        assertTrue(rate.contains("L") && rate.contains("rate"), rate);
    }

    @Test
    void orderedLogisticWithUnorderedCutpoints() {
        String m = failure(Model.build("bad", b -> {
            Dim n = b.dim("n", 3);
            var y = b.data("y", new double[] {0, 2, 3}, n);
            var eta = b.param("eta", Normal.of(0, 1));
            b.observe("y_obs", OrderedLogistic.of(eta, new double[] {-1, 2, 1.5}), y);
        }));
        assertTrue(m.contains("y_obs") && m.contains("cutpoints[2]") && m.contains("increasing"), m);
    }
}
