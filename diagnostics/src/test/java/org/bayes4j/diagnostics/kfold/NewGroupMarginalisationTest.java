package org.bayes4j.diagnostics.kfold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;

import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * Marginalising a new group's effect by simulation: the probability-scale average
 * agrees with the exact marginal of a normal random-intercept model, agrees with a
 * direct evaluation on random inputs, and the tempting log-scale average is caught
 * as biased.
 */
class NewGroupMarginalisationTest {

    final KFoldProvider kfold = ServiceLoader.load(KFoldProvider.class).findFirst().orElseThrow();

    /**
     * {@code y ~ Normal(mu + u, sigma)}, {@code u ~ Normal(0, tau)} gives
     * {@code y ~ Normal(mu, sqrt(sigma^2 + tau^2))}. With R = 20000 simulations the
     * estimate's relative SE is {@code sqrt(var(p) / R) / E p}, here below 0.01; the
     * tolerance of 0.05 nats is over 5 SEs (false-failure probability below 1e-6).
     */
    @Test
    void simulationAverageMatchesTheExactMarginal() {
        Gen g = Gen.seeded(3);
        double sigma = 1.0;
        double tau = 0.8;
        double[] mus = {-0.5, 0.2, 1.1};
        double[] rows = {0.3, -1.4, 2.2, 0.9};
        int sims = 20000;
        double[][][] ll = new double[mus.length][sims][rows.length];
        for (int s = 0; s < mus.length; s++) {
            for (int r = 0; r < sims; r++) {
                double u = tau * g.normal();
                for (int j = 0; j < rows.length; j++) ll[s][r][j] = NormalMeanScorer.logNormal(rows[j], mus[s] + u, sigma);
            }
        }
        double[][] marginal = kfold.marginaliseSimulations(ll);
        double sd = Math.sqrt(sigma * sigma + tau * tau);
        for (int s = 0; s < mus.length; s++) {
            for (int j = 0; j < rows.length; j++) {
                assertEquals(NormalMeanScorer.logNormal(rows[j], mus[s], sd), marginal[s][j], 0.05, "draw " + s + ", row " + j);
            }
        }
        // the broken alternative, averaging log likelihoods, is below the exact value by far more than the tolerance
        double logScale = 0;
        for (int r = 0; r < sims; r++) logScale += ll[0][r][2] / sims;
        double exact = NormalMeanScorer.logNormal(rows[2], mus[0], sd);
        assertTrue(exact - logScale > 0.2, "Jensen gap " + (exact - logScale) + " should be detectable");
    }

    @Test
    void equalsTheDirectLogMeanExpAndIsStableForLargeMagnitudes() {
        Property.forAll("log mean exp over simulations", 21L, 200, g -> {
            int draws = g.integer(1, 4);
            int sims = g.integer(1, 30);
            int rows = g.integer(1, 5);
            double offset = new double[] {0.0, -800.0, 700.0}[g.integer(0, 2)];
            double[][][] ll = new double[draws][sims][rows];
            for (double[][] a : ll) for (double[] b : a) for (int j = 0; j < rows; j++) b[j] = offset + g.real(-5, 5);
            double[][] out = kfold.marginaliseSimulations(ll);
            for (int s = 0; s < draws; s++) {
                for (int j = 0; j < rows; j++) {
                    // direct: shift by the offset by hand, then the textbook formula
                    double mean = 0;
                    for (int r = 0; r < sims; r++) mean += Math.exp(ll[s][r][j] - offset) / sims;
                    assertEquals(offset + Math.log(mean), out[s][j], 1e-9 * Math.max(1, Math.abs(offset)));
                }
            }
        });
    }

    @Test
    void raggedOrNaNInputIsAnErrorNamingThePlace() {
        double[][][] ragged = {{{0, 0}, {0}}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kfold.marginaliseSimulations(ragged));
        assertTrue(e.getMessage().contains("simulation 1"), e.getMessage());
        double[][][] nan = {{{0, Double.NaN}}};
        e = assertThrows(IllegalArgumentException.class, () -> kfold.marginaliseSimulations(nan));
        assertTrue(e.getMessage().contains("row 1") && e.getMessage().contains("NaN"), e.getMessage());
        // a zero density is allowed and gives -Infinity only when every simulation gives it
        double[][] zero = kfold.marginaliseSimulations(new double[][][] {{{Double.NEGATIVE_INFINITY}, {Double.NEGATIVE_INFINITY}}});
        assertEquals(Double.NEGATIVE_INFINITY, zero[0][0]);
        double[][] half = kfold.marginaliseSimulations(new double[][][] {{{Double.NEGATIVE_INFINITY}, {0}}});
        assertEquals(Math.log(0.5), half[0][0], 1e-15);
    }
}
