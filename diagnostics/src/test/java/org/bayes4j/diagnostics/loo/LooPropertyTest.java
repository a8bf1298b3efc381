package org.bayes4j.diagnostics.loo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.bayes4j.diagnostics.convergence.FixtureCases;
import org.bayes4j.spi.diagnostic.LooResult;
import org.bayes4j.spi.diagnostic.PsisResult;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/** Laws of PSIS, LOO, WAIC and the model weights, and checks shown able to fail. */
class LooPropertyTest {

    /** Draws from GPD(k, sigma) by inversion, sorted. */
    static double[] gpdSample(Gen g, int n, double k, double sigma) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = sigma * Math.expm1(-k * Math.log1p(-g.real(0, 1))) / k;
        java.util.Arrays.sort(x);
        return x;
    }

    @Test
    void generalisedParetoFitRecoversTheShape() {
        // the sd of k-hat is about (1 + k) / sqrt(n) <= 0.029 for n = 4000, k <= 0.8; 0.15 is over 5 sd
        // (false-failure probability below 1e-6 per case)
        Property.forAll("gpd fit", 77L, 12, g -> {
            double k = g.oneOf(new double[] {0.1, 0.3, 0.5, 0.8});
            double sigma = g.logUniform(0.1, 10);
            GeneralisedParetoFit fit = GeneralisedParetoFit.fit(gpdSample(g, 4000, k, sigma));
            assertEquals(k, fit.k(), 0.15, "k-hat for k = " + k);
            assertEquals(sigma, fit.sigma(), 0.25 * sigma, "sigma-hat for sigma = " + sigma);
        });
    }

    @Test
    void theShapeCheckFailsForAWrongShape() {
        GeneralisedParetoFit fit = GeneralisedParetoFit.fit(gpdSample(Gen.seeded(1), 4000, 0.8, 1));
        assertFalse(Math.abs(fit.k() - 0.1) <= 0.15);
    }

    @Test
    void psisWeightsAreTruncatedAndKeepTheLowerRatios() {
        Property.forAll("psis", 5L, 30, g -> {
            int s = g.integer(100, 2000);
            double[] lr = new double[s];
            double scale = g.real(0.1, 3);
            for (int i = 0; i < s; i++) lr[i] = scale * g.normal();
            PsisResult p = ParetoSmoothedImportanceSampling.smooth(lr, g.real(0.3, 1));
            double max = java.util.Arrays.stream(lr).max().orElseThrow();
            double[] lw = p.logWeights();
            int kept = 0;
            for (int i = 0; i < s; i++) {
                assertTrue(lw[i] <= max + 1e-12, "smoothed weight above the largest raw weight");
                if (Math.abs(lw[i] - lr[i]) <= 1e-12 * (1 + Math.abs(lr[i]))) kept++; // shifted by max and back: rounding only
            }
            assertTrue(kept >= s - p.tailLength(), "only the tail may change");
            assertTrue(p.nEff() > 0 && p.nEff() <= s);
        });
    }

    @Test
    void constantRatiosGiveUniformWeightsAndAnInfiniteK() {
        double[] lr = new double[500];
        java.util.Arrays.fill(lr, -2.5);
        PsisResult p = ParetoSmoothedImportanceSampling.smooth(lr, 1);
        assertEquals(Double.POSITIVE_INFINITY, p.paretoK());
        assertEquals(500, p.nEff(), 1e-9);
    }

    @Test
    void kThresholdDependsOnTheSampleSize() {
        assertEquals(1 - 1 / 3.0, ParetoSmoothedImportanceSampling.kThreshold(1000), 1e-15);
        assertEquals(0.7, ParetoSmoothedImportanceSampling.kThreshold(100000), 0);
        assertEquals(95, ParetoSmoothedImportanceSampling.tailLength(1000, 1));
    }

    @Test
    void stackingMaximisesTheLogScoreOnTheSimplex() {
        Property.forAll("stacking optimum", 9L, 15, g -> {
            int n = g.integer(20, 80);
            int k = g.integer(2, 4);
            double[][] lpd = new double[n][k];
            for (double[] row : lpd) for (int j = 0; j < k; j++) row[j] = -1 - Math.abs(g.normal()) * g.real(0.2, 2);
            double[] w = StackingWeights.of(lpd);
            double sum = 0;
            for (double v : w) {
                assertTrue(v >= 0);
                sum += v;
            }
            assertEquals(1, sum, 1e-12);
            double best = score(lpd, w);
            for (int trial = 0; trial < 50; trial++) {
                double[] other = g.simplex(k);
                assertTrue(score(lpd, other) <= best + 1e-9, "a random simplex point beats the stacking weights");
            }
        });
    }

    static double score(double[][] lpd, double[] w) {
        double s = 0;
        for (double[] row : lpd) {
            double mix = 0;
            for (int j = 0; j < w.length; j++) mix += w[j] * Math.exp(row[j]);
            s += Math.log(mix);
        }
        return s;
    }

    @Test
    void identicalModelsGetEqualWeightsAndZeroDifference() {
        double[] pointwise = Gen.seeded(3).normals(50);
        Map<String, double[]> models = new LinkedHashMap<>();
        models.put("a", pointwise);
        models.put("b", pointwise.clone());
        var c = new ModelComparison().compare(models);
        assertEquals(java.util.List.of("a", "b"), c.order());
        assertEquals(0, c.elpdDiff()[1]);
        assertEquals(0.5, c.stackingWeights().get("a"), 1e-12);
        assertEquals(0.5, c.pseudoBmaWeights().get("b"), 1e-12);
        assertEquals(0.5, c.pseudoBmaPlusWeights().get("b"), 1e-12);
    }

    @Test
    void mismatchedModelsAreRejectedByName() {
        Map<String, double[]> models = new LinkedHashMap<>();
        models.put("small", new double[3]);
        models.put("large", new double[4]);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ModelComparison().compare(models));
        assertTrue(e.getMessage().contains("'large' has 4") && e.getMessage().contains("'small' has 3"), e.getMessage());
    }

    @Test
    void nonFiniteLogLikelihoodIsRejectedNamingDrawAndObservation() {
        double[][] ll = {{-1, -2}, {-1, Double.NaN}, {-1.5, -2}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PsisLoo.compute(ll, new double[] {1, 1}));
        assertTrue(e.getMessage().contains("log_lik[1][1] is NaN"), e.getMessage());
    }

    @Test
    void highParetoKIsReportedInPlainWords() {
        JsonNode root = FixtureCases.read(FixtureCases.files("loo").stream()
                .filter(p -> p.getFileName().toString().contains("poisson_olre")).findFirst().orElseThrow());
        LooResult r = PsisLoo.compute(FixtureCases.matrix(root.get("log_lik")), FixtureCases.vector(root.get("r_eff")));
        int high = r.countParetoKAbove(r.kThreshold());
        assertTrue(high > 0);
        assertTrue(r.warnings().get(0).startsWith(high + " of 40 observations have Pareto k above 0.67"), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("K-fold cross-validation"));
    }

    @Test
    void waicWarnsAboutLargePointwiseVariance() {
        Gen g = Gen.seeded(4);
        double[][] ll = new double[400][3];
        for (double[] row : ll) for (int i = 0; i < 3; i++) row[i] = -1 + (i == 0 ? 2 : 0.1) * g.normal();
        assertTrue(Waic.compute(ll).warnings().get(0).startsWith("1 of 3"));
    }

    // ---- each fixture check can fail ----

    @Test
    void ignoringRelativeEfficiencyFailsTheLooFixture() {
        LooFixtureTest t = new LooFixtureTest();
        JsonNode root = FixtureCases.read(FixtureCases.files("loo").get(0));
        double[][] ll = FixtureCases.matrix(root.get("log_lik"));
        double[] ones = new double[ll[0].length];
        java.util.Arrays.fill(ones, 1);
        t.checkLooResult("r_eff ignored", PsisLoo.compute(ll, ones), root.get("expected").get("loo_with_r_eff"));
        assertFalse(t.failures.isEmpty());
    }

    @Test
    void paretoFitWithoutThePriorShrinkageFailsThePsisFixture() {
        LooFixtureTest t = new LooFixtureTest();
        for (var file : FixtureCases.files("loo")) {
            JsonNode root = FixtureCases.read(file);
            if (!root.get("kind").asText().equals("psis")) continue;
            PsisResult p = ParetoSmoothedImportanceSampling.smooth(FixtureCases.vector(root.get("log_ratios")), root.get("r_eff").asDouble());
            int m = p.tailLength();
            double unshrunk = (p.paretoK() * (m + 10) - 5) / m;
            t.scalar(file.getFileName() + " unshrunk k", unshrunk, root.get("expected").get("pareto_k"));
        }
        assertFalse(t.failures.isEmpty());
    }

    @Test
    void wrongStackingWeightsFailTheComparison() {
        LooFixtureTest t = new LooFixtureTest();
        t.absolute("uniform weights", new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, new double[] {4e-7, 0.9999993, 2.6e-7}, LooFixtureTest.STACKING);
        assertFalse(t.failures.isEmpty());
    }
}
