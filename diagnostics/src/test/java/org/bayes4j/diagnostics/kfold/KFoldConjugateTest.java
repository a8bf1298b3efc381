package org.bayes4j.diagnostics.kfold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;

import org.bayes4j.diagnostics.convergence.Moments;
import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.spi.diagnostic.KFoldResult;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.testkit.Gen;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * K-fold elpd of the conjugate normal-mean model, fitted fold by fold with the
 * installed {@code nuts} sampler through the {@code ServiceLoader} service, against
 * the exact held-out predictive densities (normal in closed form).
 *
 * <p>Tolerance: the first-order Monte Carlo SE of {@link MonteCarloError}. We allow 4.5 of these SEs
 * (two-sided normal false-failure probability about 7e-6) plus 0.01 nats for the
 * first-order approximation and the ESS estimate's own noise.
 */
class KFoldConjugateTest {

    static final double SIGMA = 1.0;
    static final double TAU = 2.0;
    static final int N = 30;
    static final int K = 5;

    static final KFoldProvider KFOLD = ServiceLoader.load(KFoldProvider.class).findFirst().orElseThrow();
    static final SamplerConfig CONFIG = SamplerConfig.defaults().withChains(4).withWarmup(500).withDraws(1000).withSeed(20241122L);

    static double[] y;
    static int[] folds;
    static KFoldResult honest;

    @BeforeAll
    static void fit() {
        Gen g = Gen.seeded(5);
        y = new double[N];
        for (int i = 0; i < N; i++) y[i] = 0.7 + SIGMA * g.normal();
        folds = KFOLD.splitRandom(K, N, 77L);
        honest = KFOLD.crossValidate(new NormalMeanScorer(y, SIGMA, TAU, false), folds, "nuts", CONFIG, true);
    }

    @Test
    void elpdMatchesTheExactHeldOutPredictiveDensity() {
        NormalMeanScorer scorer = new NormalMeanScorer(y, SIGMA, TAU, false);
        double[] exact = exactPointwise(scorer);
        double exactTotal = sum(exact);
        double tolerance = 4.5 * monteCarloSe(scorer) + 0.01;
        System.out.println("kfold conjugate: elpd_kfold " + honest.elpdKfold() + " (se " + honest.seElpdKfold() + "), exact "
                + exactTotal + ", tolerance " + tolerance + ", p_kfold " + honest.pKfold() + ", warnings " + honest.warnings());
        assertTrue(tolerance < 0.2, "Monte Carlo SE unexpectedly large: tolerance " + tolerance);
        assertEquals(exactTotal, honest.elpdKfold(), tolerance, "elpd_kfold against the exact value");
        double[] pointwise = honest.pointwiseElpd();
        for (int i = 0; i < N; i++) assertEquals(exact[i], pointwise[i], tolerance, "elpd of row " + i);
    }

    @Test
    void summaryIsTheSumWithLooStandardErrorAndPKfoldMatchesTheExactValue() {
        double[] pointwise = honest.pointwiseElpd();
        assertEquals(sum(pointwise), honest.elpdKfold(), 1e-12);
        assertEquals(Math.sqrt(N * Moments.variance(pointwise)), honest.seElpdKfold(), 1e-12);
        assertEquals(-2 * honest.elpdKfold(), honest.kfoldic(), 1e-12);
        assertArrayEquals(folds, honest.folds());
        assertEquals(K, honest.numFolds());
        // exact in-sample lpd: y_i against the full-data posterior predictive
        NormalMeanScorer scorer = new NormalMeanScorer(y, SIGMA, TAU, false);
        boolean[] all = new boolean[N];
        java.util.Arrays.fill(all, true);
        double exactP = 0;
        double[] exact = exactPointwise(scorer);
        for (int i = 0; i < N; i++) exactP += scorer.exactPredictive(all, i) - exact[i];
        // p_kfold carries the Monte Carlo error of both the K folds and the full fit: allow 0.25 nats
        assertEquals(exactP, honest.pKfold(), 0.25, "p_kfold");
        assertTrue(exactP > 0.5 && exactP < 2, "the conjugate model has about one effective parameter, p = " + exactP);
    }

    @Test
    void aScorerThatLeaksTheHeldOutRowsIsCaughtAsOptimistic() {
        NormalMeanScorer leaky = new NormalMeanScorer(y, SIGMA, TAU, true);
        KFoldResult leaked = KFOLD.crossValidate(leaky, folds, "nuts", CONFIG, false);
        double exactTotal = sum(exactPointwise(new NormalMeanScorer(y, SIGMA, TAU, false)));
        double tolerance = 4.5 * monteCarloSe(new NormalMeanScorer(y, SIGMA, TAU, false)) + 0.01;
        System.out.println("kfold conjugate: leaky scorer elpd " + leaked.elpdKfold() + " against exact " + exactTotal);
        // the same comparison that the honest scorer passes fails, in the optimistic direction
        assertTrue(leaked.elpdKfold() - exactTotal > tolerance,
                "leaked elpd " + leaked.elpdKfold() + " not detectably above exact " + exactTotal + " (tolerance " + tolerance + ")");
        assertTrue(leaked.elpdKfold() - honest.elpdKfold() > 0.5, "leaking should gain about one nat (p_kfold)");
    }

    @Test
    void unknownSamplerAndBadFoldsAreErrors() {
        NormalMeanScorer scorer = new NormalMeanScorer(y, SIGMA, TAU, false);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KFOLD.crossValidate(scorer, folds, "no-such-sampler", CONFIG, false));
        assertTrue(e.getMessage().contains("no-such-sampler") && e.getMessage().contains("nuts"), e.getMessage());
        int[] gap = folds.clone();
        for (int i = 0; i < N; i++) if (gap[i] == 1) gap[i] = 0;
        e = assertThrows(IllegalArgumentException.class, () -> KFOLD.crossValidate(scorer, gap, "nuts", CONFIG, false));
        assertTrue(e.getMessage().contains("fold 1") && e.getMessage().contains("no rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KFOLD.crossValidate(scorer, new int[] {0, 1}, "nuts", CONFIG, false));
        assertTrue(e.getMessage().contains("2 entries") && e.getMessage().contains("30 rows"), e.getMessage());
    }

    static double[] exactPointwise(NormalMeanScorer scorer) {
        double[] exact = new double[N];
        for (int i = 0; i < N; i++) {
            boolean[] training = new boolean[N];
            for (int j = 0; j < N; j++) training[j] = folds[j] != folds[i];
            exact[i] = scorer.exactPredictive(training, i);
        }
        return exact;
    }

    static double monteCarloSe(NormalMeanScorer scorer) { return MonteCarloError.of(scorer, folds, CONFIG); }

    static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }
}
