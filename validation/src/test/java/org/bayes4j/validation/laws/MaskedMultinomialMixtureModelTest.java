package org.bayes4j.validation.laws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.dist.Dirichlet;
import org.bayes4j.spi.dist.Mixture;
import org.bayes4j.spi.dist.Multinomial;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * MODELS.md model 4c's likelihood through the installed model compiler: counts over K = 4 categories are a
 * three-component mixture of masked multinomials sharing one logit vector,
 * {@code Mixture.of(w, Multinomial.logitMasked(n, eta, mask3), Multinomial.logitMasked(n, eta, mask4),
 * Multinomial.logitMasked(n, eta, allOnes))} (category 2 zeroed with probability $w_0$, category 3 with $w_1$,
 * otherwise the full multinomial). Checked: the pointwise log-likelihood equals a by-hand
 * $\log\sum_j w_j p_j(y_i)$ at random parameters; the gradient (responsibility-weighted partials of the shared
 * {@code eta}, summed over the three components by the compiler) equals central finite differences; posterior
 * predictive draws sum to $n_i$ and follow the mixture (chi-square at a fixed seed). Also model 4a's
 * likelihood alone, with a per-observation mask given as data.
 */
class MaskedMultinomialMixtureModelTest {

    private static final int N = 20, K = 4;
    private static final double[] MASK3 = {1, 1, 0, 1}, MASK4 = {1, 1, 1, 0}, ALL = {1, 1, 1, 1};
    private static final double[][] MASKS = {MASK3, MASK4, ALL};

    private final int[] n = new int[N];
    private final int[] y = new int[N * K];

    /** Data simulated from the generative story: pick a mask by (0.2, 0.3, 0.5), then n_i trials of the masked softmax. */
    MaskedMultinomialMixtureModelTest() {
        Random random = new Random(4);
        double[] eta = {0.3, -0.5, 0.8, 0.1}, w = {0.2, 0.3, 0.5};
        for (int i = 0; i < N; i++) {
            n[i] = i == 0 ? 2 : 1 + random.nextInt(10);
            double u = random.nextDouble();
            double[] mask = MASKS[u < w[0] ? 0 : u < w[0] + w[1] ? 1 : 2];
            double[] p = maskedSoftmax(eta, mask);
            for (int t = 0; t < n[i]; t++) {
                double v = random.nextDouble(), c = 0;
                int k = K - 1;
                for (int j = 0; j < K; j++) if (p[j] > 0 && v < (c += p[j])) { k = j; break; }
                while (p[k] == 0) k--; // rounding at v near 1: the last available category
                y[i * K + k]++;
            }
        }
    }

    private Model model() {
        return Model.build("masked-multinomial-mixture-4c", m -> {
            Dim obs = m.dim("obs", N);
            Dim category = m.dim("category", K);
            Dim component = m.dim("component", 3);
            Data trials = m.data("n", n, obs);
            Data counts = m.data("y", y, obs, category);
            Var w = m.param("w", Dirichlet.of(new double[] {2, 2, 2}), component);
            Var eta = m.param("eta", Normal.of(0, 1), category);
            m.observe("y_obs", Mixture.of(w,
                    Multinomial.logitMasked(trials, eta, m.constant(MASK3, category)),
                    Multinomial.logitMasked(trials, eta, m.constant(MASK4, category)),
                    Multinomial.logitMasked(trials, eta, m.constant(ALL, category))), counts);
        });
    }

    @Test
    void pointwiseLogLikelihoodEqualsTheMixtureByHand() {
        CompiledModel compiled = model().compile();
        assertEquals(N, compiled.pointwiseSize(), "one term per observation (count vector)");
        Random random = new Random(5);
        double[] pointwise = new double[N];
        for (int trial = 0; trial < 20; trial++) {
            double[] theta = randomTheta(random, compiled.newEvaluator().dimension());
            Map<String, double[]> values = compiled.constrainedValues(theta);
            compiled.pointwiseLogLikelihood(theta, pointwise);
            for (int i = 0; i < N; i++) {
                double expected = byHand(i, values.get("w"), values.get("eta"));
                assertEquals(expected, pointwise[i], 1e-11 * Math.max(1, Math.abs(expected)), "observation " + i + " at trial " + trial);
            }
        }
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        LogDensity density = model().compile().newEvaluator();
        int d = density.dimension();
        assertEquals(2 + K, d, "unconstrained dimension: w (3 - 1) and eta (K)");
        Random random = new Random(11);
        for (int trial = 0; trial < 20; trial++) {
            double[] theta = randomTheta(random, d);
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
                assertEquals(fd, gradient[i], 1e-6 * Math.max(1, Math.abs(fd)) + 1e-8 * Math.abs(lp), "d log p / d theta[" + i + "] at trial " + trial);
            }
        }
    }

    /**
     * 20,000 posterior predictive draws of observation 0 ($n_0 = 2$: 10 count vectors) at a fixed point,
     * tested by chi-square against the by-hand mixture probabilities; at the 1e-6 level a correct sampler
     * fails with probability 1e-6 (the seed is fixed, so the outcome is reproducible). Every draw of every
     * observation sums to its $n_i$.
     */
    @Test
    void posteriorPredictiveDrawsFollowTheMixture() {
        CompiledModel compiled = model().compile();
        double[] theta = randomTheta(new Random(3), compiled.newEvaluator().dimension());
        Map<String, double[]> values = compiled.constrainedValues(theta);
        UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
        int draws = 20_000;
        Map<String, Integer> cell = new java.util.HashMap<>();
        double[][] points = new double[10][];
        int c = 0;
        for (int a = 0; a <= 2; a++) for (int b = 0; b <= 2 - a; b++) for (int e = 0; e <= 2 - a - b; e++) {
            points[c] = new double[] {a, b, e, 2 - a - b - e};
            cell.put(java.util.Arrays.toString(points[c]), c++);
        }
        long[] observed = new long[10];
        for (int s = 0; s < draws; s++) {
            double[] yRep = compiled.samplePosteriorPredictive(rng, theta).get("y_obs");
            assertEquals(N * K, yRep.length);
            for (int i = 0; i < N; i++) {
                double sum = 0;
                for (int j = 0; j < K; j++) sum += yRep[i * K + j];
                assertEquals(n[i], sum, "draw " + s + " of observation " + i + " sums to n");
            }
            observed[cell.get(java.util.Arrays.toString(java.util.Arrays.copyOfRange(yRep, 0, K)))]++;
        }
        double chi2 = 0;
        for (int p = 0; p < 10; p++) {
            double expected = draws * Math.exp(mixtureLogDensity(points[p], 2, values.get("w"), values.get("eta")));
            chi2 += (observed[p] - expected) * (observed[p] - expected) / expected;
        }
        double pValue = ChiSquaredDistribution.of(9).survivalProbability(chi2);
        assertTrue(pValue > 1e-6, "chi-square " + chi2 + " on 9 degrees of freedom, p = " + pValue);
    }

    /**
     * Model 4a's likelihood alone: a per-observation availability mask given as data of dims (obs, category),
     * {@code Multinomial.logitMasked(n, eta, available)}; each observation's data are made consistent with its
     * own mask (masks rotate over the three patterns above). Pointwise values equal the by-hand masked
     * multinomial, and the gradient equals central finite differences.
     */
    @Test
    void perObservationMaskAsDataMatchesByHandAndFiniteDifferences() {
        double[] masks = new double[N * K];
        int[] counts = new int[N * K];
        for (int i = 0; i < N; i++) {
            double[] mask = MASKS[i % 3];
            System.arraycopy(mask, 0, masks, i * K, K);
            // move counts of unavailable categories to category 0, which every pattern keeps
            for (int j = 0; j < K; j++) counts[i * K + (mask[j] == 1 ? j : 0)] += y[i * K + j];
        }
        CompiledModel compiled = Model.build("masked-multinomial-4a", m -> {
            Dim obs = m.dim("obs", N);
            Dim category = m.dim("category", K);
            Data trials = m.data("n", n, obs);
            Data available = m.data("available", masks, obs, category);
            Var eta = m.param("eta", Normal.of(0, 1), category);
            m.observe("y_obs", Multinomial.logitMasked(trials, eta, available), m.data("y", counts, obs, category));
        }).compile();
        LogDensity density = compiled.newEvaluator();
        Random random = new Random(8);
        double[] pointwise = new double[N];
        for (int trial = 0; trial < 10; trial++) {
            double[] theta = randomTheta(random, density.dimension());
            double[] eta = compiled.constrainedValues(theta).get("eta");
            compiled.pointwiseLogLikelihood(theta, pointwise);
            for (int i = 0; i < N; i++) {
                double[] p = maskedSoftmax(eta, MASKS[i % 3]);
                double expected = Math.log(factorial(n[i]));
                for (int j = 0; j < K; j++) expected += counts[i * K + j] * (counts[i * K + j] > 0 ? Math.log(p[j]) : 0) - Math.log(factorial(counts[i * K + j]));
                assertEquals(expected, pointwise[i], 1e-11 * Math.max(1, Math.abs(expected)), "observation " + i);
            }
            double[] gradient = new double[theta.length];
            double lp = density.logDensityGradient(theta, gradient);
            for (int d = 0; d < theta.length; d++) {
                double h = 1e-5;
                double[] plus = theta.clone(), minus = theta.clone();
                plus[d] += h;
                minus[d] -= h;
                double fd = (density.logDensity(plus) - density.logDensity(minus)) / (2 * h);
                assertEquals(fd, gradient[d], 1e-6 * Math.max(1, Math.abs(fd)) + 1e-8 * Math.abs(lp), "d log p / d eta[" + d + "]");
            }
        }
    }

    private static double[] randomTheta(Random random, int d) {
        double[] theta = new double[d];
        for (int i = 0; i < d; i++) theta[i] = random.nextGaussian();
        return theta;
    }

    private double byHand(int i, double[] w, double[] eta) {
        double[] yi = new double[K];
        for (int j = 0; j < K; j++) yi[j] = y[i * K + j];
        return mixtureLogDensity(yi, n[i], w, eta);
    }

    /** $\log\sum_j w_j\,\mathrm{Mult}(y; n, \mathrm{softmax}_{\text{mask}_j}(\eta))$, naively. */
    private static double mixtureLogDensity(double[] yi, int ni, double[] w, double[] eta) {
        double total = 0;
        for (int c = 0; c < 3; c++) {
            double[] p = maskedSoftmax(eta, MASKS[c]);
            double prob = factorial(ni);
            for (int j = 0; j < K; j++) prob *= Math.pow(p[j], yi[j]) / factorial((int) yi[j]);
            total += w[c] * prob;
        }
        return Math.log(total);
    }

    private static double[] maskedSoftmax(double[] eta, double[] mask) {
        double[] p = new double[K];
        double sum = 0;
        for (int j = 0; j < K; j++) sum += p[j] = mask[j] * Math.exp(eta[j]);
        for (int j = 0; j < K; j++) p[j] /= sum;
        return p;
    }

    private static double factorial(int k) {
        double f = 1;
        for (int i = 2; i <= k; i++) f *= i;
        return f;
    }
}
