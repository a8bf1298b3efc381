package org.bayes4j.models.reedfrogs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.bayes4j.models.support.BinomialLogit;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.testing.Backends;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.spi.diagnostic.KFoldResult;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.SampleStats;
import org.junit.jupiter.api.Test;

/**
 * K-fold over tanks: a held-out tank's predictive density integrates its
 * effect over the population, checked against quadrature; a training tank is
 * scored with its fitted effect; the fold's model sees only the training
 * tanks; groupings and errors; and one end-to-end run of the
 * {@link KFoldProvider} found through {@code ServiceLoader}.
 */
class TankFoldScorerTest {

    private static final int SIMULATIONS = 20_000;

    /**
     * The Monte Carlo marginal agrees with quadrature within 5 of its standard
     * errors (two-sided false-failure probability 6e-7 per value), and averaging
     * log likelihoods instead, the mistake on the log scale, misses it by more.
     */
    @Test
    void heldOutTankIntegratesItsEffectOverThePopulation() {
        ModelProvider frogs = Providers.named("reedfrogs-predators");
        ModelData data = frogs.simulate(RandomDraws.seeded(3), Map.of("tanks", 6), Map.of()).data();
        ReedFrogsData.Tanks tanks = ReedFrogsData.read(data, true, false);
        TankFoldScorer scorer = new TankFoldScorer(TankModel.PREDATORS, tanks, frogs::build, SIMULATIONS, RandomDraws.seeded(4));
        boolean[] training = {true, true, true, true, false, false};
        scorer.trainingTarget(training);
        double alphaBar = 0.5, sigma = 1.3, betaP = -0.8;
        Draws draws = constantDraws(Map.of("alpha_bar", alphaBar, "sigma", sigma, "beta_P", betaP), 4, 2);

        double[][] ll = scorer.heldOutLogLikelihood(draws, new int[] {4, 5});
        assertEquals(8, ll.length, "4 draws in each of 2 chains");
        for (int j = 0; j < 2; j++) {
            int tank = 4 + j;
            int n = tanks.density()[tank], k = tanks.survivors()[tank];
            double eta = betaP * tanks.predators()[tank];
            double[] moments = quadratureMoments(n, k, alphaBar + eta, sigma);
            double exact = Math.log(moments[0]);
            double seLog = Math.sqrt((moments[1] - moments[0] * moments[0]) / SIMULATIONS) / moments[0];
            for (double[] row : ll) assertEquals(exact, row[j], 5 * seLog, "tank " + tank + " (n " + n + ", k " + k + ")");
            assertTrue(Math.abs(meanLogLikelihood(n, k, alphaBar + eta, sigma) - exact) > 5 * seLog,
                    "the mean of the log likelihoods should differ from the log of the mean for tank " + tank);
        }
    }

    @Test
    void trainingTankIsScoredWithItsFittedEffect() {
        ModelProvider frogs = Providers.named("reedfrogs");
        ModelData data = frogs.simulate(RandomDraws.seeded(5), Map.of("tanks", 5), Map.of()).data();
        ReedFrogsData.Tanks tanks = ReedFrogsData.read(data, false, false);
        TankFoldScorer scorer = new TankFoldScorer(TankModel.MULTILEVEL, tanks, frogs::build, 10, RandomDraws.seeded(6));
        SamplingTarget target = scorer.trainingTarget(new boolean[] {true, false, true, true, true});
        assertEquals(2 + 4, target.dimension(), "alpha_bar, sigma and the effects of the 4 training tanks");

        // tank 3 is the third training tank: alpha[2] of the fold's model
        Draws draws = constantDraws(Map.of("alpha_bar", 0.0, "sigma", 1.0, "alpha[0]", 9.0, "alpha[1]", 9.0, "alpha[2]", -0.7, "alpha[3]", 9.0), 3, 1);
        double[][] ll = scorer.heldOutLogLikelihood(draws, new int[] {3});
        int n = tanks.density()[3], k = tanks.survivors()[3];
        for (double[] row : ll) assertEquals(BinomialLogit.logPmf(n, k, -0.7, BinomialLogit.logChoose(n, k)), row[0], 1e-12);
    }

    @Test
    void groupingsAndUnknownGroupings() {
        ModelProvider frogs = Providers.named("reedfrogs-predators-noncentered");
        CrossValidation cv = frogs.crossValidation(frogs.defaultData()).orElseThrow();
        assertEquals(48, cv.rows());
        assertEquals(List.of("tank", "density", "pred"), new ArrayList<>(cv.groupings().keySet()));
        int[] density = cv.groupings().get("density");
        assertEquals(List.of(0, 1, 2), Arrays.stream(density).distinct().sorted().boxed().toList());
        assertEquals(48, cv.scorer(null).rows());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> cv.scorer("size"));
        assertTrue(e.getMessage().contains("'size'") && e.getMessage().contains("[tank, density, pred]"), e.getMessage());
        assertEquals(List.of("tank", "density"),
                new ArrayList<>(Providers.named("reedfrogs").crossValidation(Providers.named("reedfrogs").defaultData()).orElseThrow().groupings().keySet()));
    }

    /** End to end: 4 folds of 16 simulated tanks; every pointwise elpd finite, and out-of-sample below in-sample. */
    @Test
    void kFoldRunsThroughTheDiagnosticsService() {
        ModelProvider frogs = Providers.named("reedfrogs-noncentered");
        ModelData data = frogs.simulate(RandomDraws.seeded(8), frogs.validationSizes(), Map.of()).data();
        KFoldProvider kfold = ServiceLoader.load(KFoldProvider.class).findFirst().orElseThrow();
        FoldScorer scorer = frogs.crossValidation(data).orElseThrow().scorer("tank");
        int[] folds = kfold.splitRandom(4, scorer.rows(), 8);
        KFoldResult r = kfold.crossValidate(scorer, folds, "nuts", Backends.config(2, 200, 200, 8), true);
        assertTrue(Double.isFinite(r.elpdKfold()), "elpd " + r.elpdKfold());
        assertTrue(r.pKfold() > 0, "p_kfold " + r.pKfold());
    }

    /** {@code (E f, E f^2)} of {@code f(a) = Binomial(k | n, logistic(a))} under {@code a ~ N(mu, sigma)}, by the trapezoid rule on a fine grid. */
    private static double[] quadratureMoments(int n, int k, double mu, double sigma) {
        double dz = 1.0 / 2000, m1 = 0, m2 = 0, logChoose = BinomialLogit.logChoose(n, k);
        for (double z = -12; z <= 12; z += dz) {
            double w = Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) * dz;
            double f = Math.exp(BinomialLogit.logPmf(n, k, mu + sigma * z, logChoose));
            m1 += w * f;
            m2 += w * f * f;
        }
        return new double[] {m1, m2};
    }

    /** {@code E log f(a)}, the log-scale average a wrong scorer would report. */
    private static double meanLogLikelihood(int n, int k, double mu, double sigma) {
        double sum = 0, logChoose = BinomialLogit.logChoose(n, k), dz = 1.0 / 2000;
        for (double z = -12; z <= 12; z += dz) sum += Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI) * dz * BinomialLogit.logPmf(n, k, mu + sigma * z, logChoose);
        return sum;
    }

    /** Draws in which every named scalar quantity is constant: {@code chains} chains of {@code perChain} draws. */
    private static Draws constantDraws(Map<String, Double> values, int perChain, int chains) {
        List<String> names = new ArrayList<>(values.keySet());
        List<VariableInfo> vars = new ArrayList<>();
        for (String name : names) vars.add(VariableInfo.scalar(name));
        double[] row = names.stream().mapToDouble(values::get).toArray();
        List<ChainDraws> list = new ArrayList<>();
        for (int c = 0; c < chains; c++) {
            double[][] d = new double[perChain][];
            List<SampleStats> stats = new ArrayList<>();
            for (int t = 0; t < perChain; t++) {
                d[t] = row.clone();
                stats.add(new SampleStats(0, 1, 0.1, 1, 1, false, 0));
            }
            list.add(new ChainDraws(d, stats, new double[0][], List.of(), 0.1, new double[0], 0, 0, 0, null));
        }
        return new Draws(vars, list, Map.of());
    }
}
