package org.bayes4j.validation.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.dist.Beta;
import org.bayes4j.spi.dist.Censored;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Hurdle;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.dist.Truncated;
import org.bayes4j.spi.dist.ZeroInflated;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * The zero-inflated, hurdle, truncated and censored families compile through their descriptors and
 * the installed model compiler, with model parameters in every argument position (the inflation
 * probability, the base's parameters, a truncation bound), and their gradient equals central
 * finite differences of the compiled log density.
 */
class CombinatorGradientTest {

    private static Model model() {
        Random random = new Random(3);
        int n = 25;
        double[] counts = new double[n], amounts = new double[n], heights = new double[n], scores = new double[n];
        for (int i = 0; i < n; i++) {
            counts[i] = random.nextDouble() < 0.3 ? 0 : Math.floor(3 * random.nextDouble() * 3);
            amounts[i] = random.nextDouble() < 0.4 ? 0 : Math.exp(random.nextGaussian());
            heights[i] = 1 + Math.abs(random.nextGaussian());
            scores[i] = Math.min(Math.max(random.nextGaussian() * 2, -1), 2);
        }
        return Model.build("combinators", m -> {
            Dim obs = m.dim("obs", n);
            Data c = m.data("counts", counts, obs);
            Data a = m.data("amounts", amounts, obs);
            Data h = m.data("heights", heights, obs);
            Data s = m.data("scores", scores, obs);
            Var psi = m.param("psi", Beta.of(2, 2));
            Var rate = m.param("rate", Exponential.of(0.3));
            Var hurdle = m.param("hurdle", Beta.of(2, 2));
            Var mu = m.param("mu", Normal.of(0, 3));
            Var sigma = m.param("sigma", Exponential.of(1));
            Var floor = m.param("floor", Normal.of(0, 0.3));
            m.observe("counts_obs", ZeroInflated.poisson(psi, rate), c);
            m.observe("amounts_obs", Hurdle.logNormal(hurdle, mu, sigma), a);
            m.observe("heights_obs", Truncated.of(Normal.of(mu, sigma), floor, Double.POSITIVE_INFINITY), h);
            m.observe("scores_obs", Censored.of(Normal.of(mu, sigma), -1, 2), s);
        });
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        LogDensity density = model().compile().newEvaluator();
        int d = density.dimension();
        assertEquals(6, d, "psi, rate, hurdle, mu, sigma, floor");
        Random random = new Random(5);
        for (int trial = 0; trial < 20; trial++) {
            double[] theta = new double[d];
            for (int i = 0; i < d; i++) theta[i] = 0.5 * random.nextGaussian();
            double[] gradient = new double[d];
            double lp = density.logDensityGradient(theta, gradient);
            assertTrue(Double.isFinite(lp), "finite log density at trial " + trial);
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
