package org.bayes4j.validation.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.dist.Dirichlet;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Mixture;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.dist.StudentT;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * A mixture whose components have model parameters as arguments compiles through the installed
 * model compiler, and its gradient (the mixture family's responsibility-weighted component partials
 * chained through the compiler's reverse sweep) equals central finite differences of its log density.
 *
 * <p>The model mixes a regression component {@code normal(alpha + beta x, sigma)} (per-observation
 * mean) with a broadcast outlier component {@code student_t(3, mu_out, sigma)}: the shared
 * {@code sigma} feeds two arguments of one call, so its adjoint receives two contributions.
 */
class MixtureGradientTest {

    private static Model model() {
        Random random = new Random(7);
        int n = 30;
        double[] x = new double[n], y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = random.nextGaussian();
            y[i] = random.nextDouble() < 0.8 ? 1 + 2 * x[i] + 0.5 * random.nextGaussian() : 6 * random.nextGaussian();
        }
        return Model.build("robust-regression-mixture", m -> {
            Dim obs = m.dim("obs", n);
            Dim k = m.dim("component", 2);
            Data xs = m.data("x", x, obs);
            Data ys = m.data("y", y, obs);
            Var w = m.param("w", Dirichlet.of(new double[] {2, 2}), k);
            Var alpha = m.param("alpha", Normal.of(0, 5));
            Var beta = m.param("beta", Normal.of(0, 5));
            Var muOut = m.param("mu_out", Normal.of(0, 10));
            Var sigma = m.param("sigma", Exponential.of(1));
            m.observe("y_obs", Mixture.of(w, Normal.of(alpha.add(beta.mul(xs)), sigma), StudentT.of(3, muOut, sigma)), ys);
        });
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        CompiledModel compiled = model().compile();
        LogDensity density = compiled.newEvaluator();
        int d = density.dimension();
        assertEquals(5, d, "unconstrained dimension: w (K - 1 = 1), alpha, beta, mu_out, sigma");
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            double[] theta = new double[d];
            for (int i = 0; i < d; i++) theta[i] = random.nextGaussian();
            double[] gradient = new double[d];
            double lp = density.logDensityGradient(theta, gradient);
            assertTrue(Double.isFinite(lp), "finite log density at trial " + trial);
            assertEquals(density.logDensity(theta), lp, 1e-12 * Math.abs(lp), "value with and without the gradient");
            for (int i = 0; i < d; i++) {
                double h = 1e-5 * Math.max(1, Math.abs(theta[i]));
                double[] plus = theta.clone(), minus = theta.clone();
                plus[i] += h;
                minus[i] -= h;
                double fd = (density.logDensity(plus) - density.logDensity(minus)) / (2 * h);
                // central differences: truncation O(h^2 f''') and rounding O(eps |f| / h) ~ 1e-9 |f|
                double tolerance = 1e-6 * Math.max(1, Math.abs(fd)) + 1e-8 * Math.abs(lp);
                assertEquals(fd, gradient[i], tolerance, "d log p / d theta[" + i + "] at trial " + trial);
            }
        }
    }
}
