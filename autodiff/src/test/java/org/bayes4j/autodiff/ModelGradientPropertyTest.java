package org.bayes4j.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bayes4j.autodiff.fixtures.Fixtures;
import org.bayes4j.autodiff.fixtures.TestModels;
import org.bayes4j.autodiff.fixtures.TestModels.FrogData;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;
import org.bayes4j.testkit.GradientCheck;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The compiled log density of whole models — families, bijector Jacobians and
 * parameter broadcasting together — has the gradient of finite differences,
 * and equals the sum of its terms computed by hand.
 */
class ModelGradientPropertyTest {

    private static double[] randomTheta(org.bayes4j.testkit.Gen g, int n, double scale) {
        double[] t = new double[n];
        for (int i = 0; i < n; i++) t[i] = scale * g.normal();
        return t;
    }

    @Test void reedFrogsGradientMatchesFiniteDifferences() {
        Property.forAll("reed frogs gradient", 101, 30, g -> {
            CompiledModel model = Fixtures.compile(TestModels.reedFrogs(FrogData.simulate(g.integer(1, 12), g.seed()), true));
            LogDensity density = model.newEvaluator();
            double[] theta = randomTheta(g, model.dimension(), 1.0);
            double[] grad = new double[theta.length];
            density.logDensityGradient(theta, grad);
            GradientCheck.assertGradient("reed frogs", density::logDensity, theta, grad);
        });
    }

    @Test void layoutsGradientMatchesFiniteDifferences() {
        Property.forAll("layouts gradient", 102, 30, g -> {
            CompiledModel model = Fixtures.compile(TestModels.layouts(g.integer(1, 4), g.integer(2, 4), g.integer(1, 8), g.seed()));
            LogDensity density = model.newEvaluator();
            double[] theta = randomTheta(g, model.dimension(), 0.7);
            double[] grad = new double[theta.length];
            double lp = density.logDensityGradient(theta, grad);
            assertTrue(Double.isFinite(lp), "finite log density");
            assertEquals(lp, density.logDensity(theta), 1e-10 * Math.abs(lp));
            GradientCheck.assertGradient("layouts", density::logDensity, theta, grad);
        });
    }

    /** lp = priors + likelihood + log|J| (sigma = e^theta_1, so log|J| = theta_1), by the textbook formulas. */
    @Test void reedFrogsLogDensityIsTheSumOfItsTerms() {
        Property.forAll("reed frogs terms", 103, 30, g -> {
            FrogData data = FrogData.simulate(g.integer(1, 10), g.seed());
            CompiledModel model = Fixtures.compile(TestModels.reedFrogs(data, true));
            double[] theta = randomTheta(g, model.dimension(), 1.0);
            double alphaBar = theta[0], sigma = Math.exp(theta[1]);
            double expected = normal(alphaBar, 0, 1.5) + (Math.log(1) - sigma) + theta[1];
            for (int i = 0; i < data.density().length; i++) {
                double a = theta[2 + i];
                int n = data.density()[i], k = data.surv()[i];
                double p = 1 / (1 + Math.exp(-a));
                double logChoose = 0;
                for (int j = 1; j <= k; j++) logChoose += Math.log((double) (n - k + j) / j);
                expected += normal(a, alphaBar, sigma) + logChoose + k * Math.log(p) + (n - k) * Math.log(1 - p);
            }
            Tolerance.assertClose("lp", model.newEvaluator().logDensity(theta), expected, 1e-10, 1e-10);
        });
    }

    private static double normal(double y, double mu, double sigma) {
        double z = (y - mu) / sigma;
        return -0.5 * z * z - Math.log(sigma) - 0.5 * Math.log(2 * Math.PI);
    }

    /** A (G, 1) mean broadcast by the compiler gives the same density as the mean repeated by hand. */
    @Test void broadcastParameterEqualsRepeatedParameter() {
        Property.forAll("broadcast = repeat", 104, 30, g -> {
            int groups = g.integer(1, 4), cats = g.integer(1, 4);
            double[] zeros = new double[groups * cats];
            Model broadcast = Model.build("b", m -> {
                Dim group = m.dim("group", groups), cat = m.dim("cat", cats);
                Var mu = m.param("mu", Normal.of(0, 1), group, Dim.anonymous(1));
                Var scale = m.param("scale", Normal.of(0, 1));
                m.param("z", Normal.of(mu, scale.exp()), group, cat);
            });
            Model repeated = Model.build("r", m -> {
                Dim group = m.dim("group", groups), cat = m.dim("cat", cats);
                Var mu = m.param("mu", Normal.of(0, 1), group, Dim.anonymous(1));
                Var scale = m.param("scale", Normal.of(0, 1));
                m.param("z", Normal.of(mu.add(m.constant(zeros, group, cat)), scale.exp().add(m.constant(zeros, group, cat))), group, cat);
            });
            CompiledModel a = Fixtures.compile(broadcast), b = Fixtures.compile(repeated);
            double[] theta = randomTheta(g, a.dimension(), 1.0);
            double[] ga = new double[theta.length], gb = new double[theta.length];
            double la = a.newEvaluator().logDensityGradient(theta, ga), lb = b.newEvaluator().logDensityGradient(theta, gb);
            Tolerance.assertClose("lp", la, lb, 1e-12, 1e-12);
            Tolerance.assertClose("gradient", ga, gb, 1e-12, 1e-12);
        });
    }
}
