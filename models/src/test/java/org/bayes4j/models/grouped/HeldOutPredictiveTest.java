package org.bayes4j.models.grouped;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.grouped.LogisticNormalSimulator.Form;
import org.bayes4j.models.support.LogMeanExp;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.junit.jupiter.api.Test;

/**
 * The held-out log predictive densities of the grouped K-fold scorers, at
 * fixed parameters: in-sample scores equal the compiled model's pointwise log
 * likelihood; the Dirichlet-multinomial score is its pmf; the simulated
 * marginal of a new group agrees with a quadrature of the integral over its
 * effect; and the local log-mean-exp is the K-fold provider's.
 */
class HeldOutPredictiveTest {

    private static final double[] L = CholeskyFactors.fromScalesAndCorrelation(new double[] {0.5, 1.0}, 0.7);
    private static final double[] MU = {0.2, -0.1};

    private static GroupedCounts counts() {
        int[] c = {10, 12, 8, 25, 2, 3, 0, 1, 0, 7, 7, 9};
        int[] n = {30, 30, 1, 23};
        return new GroupedCounts(c, n, 3, null);
    }

    private static LogisticNormalFoldScorer logisticNormalScorer(GroupedCounts data, int simulations) {
        return new LogisticNormalFoldScorer(data, d -> LogisticNormalModel.build("test", Form.NON_CENTERED, d), simulations);
    }

    @Test
    void inSampleScoresAreTheModelsPointwiseLogLikelihood() {
        GroupedCounts data = counts();
        LogisticNormalFoldScorer scorer = logisticNormalScorer(data, 10);
        CompiledModel target = (CompiledModel) scorer.trainingTarget(new boolean[] {true, true, true, true});
        double[] z = {0.3, -1.2, 1.5, 0.4, -0.7, 0.1, 2.0, -2.0};
        double[] theta = target.unconstrain(Map.of("L", L, "mu", MU, "z", z));
        double[] expected = new double[4];
        target.pointwiseLogLikelihood(theta, expected);
        double[][] scored = scorer.heldOutLogLikelihood(FixedDraws.of(target, List.of(theta)), new int[] {0, 1, 2, 3});
        assertArrayEquals(expected, scored[0], 1e-10);

        DirichletMultinomialFoldScorer dm = new DirichletMultinomialFoldScorer(data, d -> DirichletMultinomialModel.build("test", d));
        CompiledModel dmTarget = (CompiledModel) dm.trainingTarget(new boolean[] {true, true, true, true});
        double[] dmTheta = dmTarget.unconstrain(Map.of("alpha", new double[] {0.4, 3.0, 11.0}));
        double[] dmExpected = new double[4];
        dmTarget.pointwiseLogLikelihood(dmTheta, dmExpected);
        assertArrayEquals(dmExpected, dm.heldOutLogLikelihood(FixedDraws.of(dmTarget, List.of(dmTheta)), new int[] {0, 1, 2, 3})[0], 1e-10);
    }

    /**
     * The simulated marginal p(y_g | mu, L) of a new group against the integral over its effect by the trapezoid
     * rule on a grid of eps in [-8, 8]^2 (step 0.02; the integrand is smooth and Gaussian-tailed, so the rule
     * converges geometrically and the grid error is far below the Monte Carlo error). 400 identical draws give
     * 400 independent averages of R = 100 simulations each; as the driver does, they are averaged on the
     * probability scale, and the estimate must lie within 4.5 standard errors (false-failure probability 7e-6)
     * of the quadrature, with a relative standard error of the total below 0.1 for every group. For the two
     * typical groups (y = (10, 12, 8) and (7, 7, 9)) one draw's average of R = 100 simulations must have a
     * relative error below 0.15 (measured: 0.10); the outlying group y = (25, 2, 3), whose counts need an effect
     * 4 sd out, has relative error 1.0 per draw (measured) and relies on the S x R total (0.05 here).
     */
    @Test
    void newGroupMarginalAgreesWithQuadrature() {
        GroupedCounts data = counts();
        LogisticNormalFoldScorer scorer = logisticNormalScorer(data, LogisticNormalFoldScorer.SIMULATIONS_PER_DRAW);
        CompiledModel target = LogisticNormalModel.build("test", Form.NON_CENTERED, data).compile();
        double[] theta = target.unconstrain(Map.of("L", L, "mu", MU, "z", new double[8]));
        int[] heldOut = {0, 1, 3};
        double[][] scored = scorer.heldOutLogLikelihood(FixedDraws.of(target, Collections.nCopies(400, theta)), heldOut);
        for (int j = 0; j < heldOut.length; j++) {
            int g = heldOut[j];
            int[] y = {data.count(g, 0), data.count(g, 1), data.count(g, 2)};
            double exact = quadrature(y);
            double mean = 0, meanSquare = 0;
            for (double[] row : scored) {
                double p = Math.exp(row[j]);
                mean += p / scored.length;
                meanSquare += p * p / scored.length;
            }
            double sd = Math.sqrt(meanSquare - mean * mean);
            double se = sd / Math.sqrt(scored.length);
            System.out.printf("group %d: exact %.6g simulated %.6g, relative sd of one draw's average %.3f, of the total %.4f%n",
                    g, exact, mean, sd / mean, se / mean);
            assertTrue(Math.abs(mean - exact) < 4.5 * se, "group " + g + ": simulated " + mean + " vs quadrature " + exact + " (se " + se + ")");
            assertTrue(se / mean < 0.1, "group " + g + ": relative error of the total is " + se / mean);
            if (g != 1) assertTrue(sd / mean < 0.15, "group " + g + ": relative error of one draw's average is " + sd / mean);
        }
    }

    @Test
    void localLogMeanExpIsTheKFoldProvidersMarginalisation() {
        KFoldProvider kfold = ServiceLoader.load(KFoldProvider.class).findFirst().orElseThrow(() -> new AssertionError("no KFoldProvider"));
        LogisticNormalFoldScorer scorer = logisticNormalScorer(counts(), 50);
        HeldOutCounts heldOut = new HeldOutCounts(counts(), new int[] {0, 1, 2, 3});
        RandomDraws draw = new RandomDraws(RandomSource.SPLIT_MIX_64.create(3));
        double[][][] logLik = new double[20][][];
        for (int s = 0; s < logLik.length; s++) {
            double[] mu = {MU[0] + 0.1 * s, MU[1]};
            logLik[s] = scorer.simulatedLogLikelihoods(draw, L, mu, heldOut);
        }
        double[][] expected = kfold.marginaliseSimulations(logLik);
        for (int s = 0; s < logLik.length; s++) assertArrayEquals(expected[s], LogMeanExp.overRows(logLik[s]), 1e-12, "draw " + s);
        assertArrayEquals(new double[] {Math.log(2.5)}, LogMeanExp.overRows(new double[][] {{Math.log(1)}, {Math.log(4)}}), 1e-15);
        assertArrayEquals(new double[] {-1000 + Math.log(2.5)}, LogMeanExp.overRows(new double[][] {{-1000}, {-1000 + Math.log(4)}}), 1e-12,
                "no underflow far in the tail");
    }

    @Test
    void foldsHoldOutWholeGroupsWhichTheFitNeverSees() {
        for (String name : List.of("grouped-multinomial-noncentered", "grouped-multinomial-centered", "dirichlet-multinomial")) {
            ModelProvider p = Providers.named(name);
            ModelData data = p.simulate(RandomSource.SPLIT_MIX_64.create(2), p.validationSizes(), Map.of()).data();
            CrossValidation cv = p.crossValidation(data).orElseThrow();
            assertEquals(12, cv.rows(), name);
            int[] group = cv.groupings().get("group");
            for (int g = 0; g < 12; g++) assertEquals(g, group[g], name);
            assertTrue(cv.scorer("group") == cv.scorer(null), name + ": a row is a group");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cv.scorer("tank"));
            assertTrue(e.getMessage().contains("no grouping 'tank'; known groupings: [group]"), e.getMessage());

            boolean[] training = new boolean[12];
            for (int g = 0; g < 12; g++) training[g] = g % 4 != 1;
            CompiledModel target = (CompiledModel) cv.scorer("group").trainingTarget(training);
            assertEquals(9, target.model().dims().get(0).size(), name + ": the fold's model has the 9 training groups only");
            List<Double> trials = new ArrayList<>();
            for (double t : target.model().data().stream().filter(d -> d.name().equals("trials")).findFirst().orElseThrow().values()) trials.add(t);
            int[] all = data.ints("trials");
            List<Double> expected = new ArrayList<>();
            for (int g = 0; g < 12; g++) if (training[g]) expected.add((double) all[g]);
            assertEquals(expected, trials, name + ": the training rows, in order");
            Draws none = FixedDraws.of(target, List.of(new double[target.dimension()]));
            assertThrows(IllegalArgumentException.class, () -> cv.scorer("group").heldOutLogLikelihood(none, new int[] {12}));
        }
    }

    @Test
    void scoresAreReproducible() {
        GroupedCounts data = counts();
        FoldScorer scorer = logisticNormalScorer(data, 100);
        CompiledModel target = LogisticNormalModel.build("test", Form.NON_CENTERED, data).compile();
        double[] theta = target.unconstrain(Map.of("L", L, "mu", MU, "z", new double[8]));
        Draws draws = FixedDraws.of(target, List.of(theta, theta));
        double[][] a = scorer.heldOutLogLikelihood(draws, new int[] {1, 2});
        double[][] b = scorer.heldOutLogLikelihood(draws, new int[] {1, 2});
        assertArrayEquals(a[0], b[0]);
        assertTrue(a[0][0] != a[1][0], "each draw simulates new effects");
    }

    /** Trapezoid rule for the integral over eps ~ N(0, I) of Multinomial(y | softmax([0, mu + L eps])). */
    private static double quadrature(int[] y) {
        double h = 0.02, sum = 0;
        int steps = (int) Math.round(16 / h);
        double logCoefficient = CountLikelihoods.logMultinomialCoefficient(y);
        for (int a = 0; a <= steps; a++) {
            double e0 = -8 + a * h;
            for (int b = 0; b <= steps; b++) {
                double e1 = -8 + b * h;
                double[] eta = {0, MU[0] + L[0] * e0, MU[1] + L[2] * e0 + L[3] * e1};
                double weight = (a == 0 || a == steps ? 0.5 : 1) * (b == 0 || b == steps ? 0.5 : 1);
                sum += weight * Math.exp(CountLikelihoods.multinomialLogit(y, eta, logCoefficient) - 0.5 * (e0 * e0 + e1 * e1));
            }
        }
        return sum * h * h / (2 * Math.PI);
    }
}
