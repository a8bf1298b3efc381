package org.bayes4j.models.eightschools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bayes4j.models.testing.Backends;
import org.bayes4j.models.testing.EightSchoolsQuadrature;
import org.bayes4j.models.testing.PosteriorAgreement;
import org.bayes4j.models.testing.PosteriorMoments;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.ModelProvider;
import org.junit.jupiter.api.Test;

/**
 * End to end (needs the compiler, distributions, transforms and NUTS on the
 * test class path): NUTS on the non-centred eight schools recovers the
 * reference posterior computed by quadrature ({@link EightSchoolsQuadrature};
 * mean mu = 4.40, tau = 3.59) within Monte Carlo error, records
 * {@code theta = mu + tau eta} draw by draw, and rarely diverges.
 * Run: 4 chains x (1000 warm-up + 1000 draws), seed 8.
 */
class NonCenteredEightSchoolsFitTest {

    @Test
    void nutsRecoversTheReferencePosterior() {
        ModelProvider provider = Providers.named("eight-schools-noncentered");
        Draws draws = Backends.fitNuts(provider.build(provider.defaultData()), Backends.config(4, 1000, 1000, 8));
        assertEquals(4, draws.numChains());
        assertEquals(1000, draws.numDraws());
        assertEquals(List.of("mu", "tau", "eta", "theta"), Backends.variableNames(draws));

        EightSchoolsQuadrature.Reference ref = EightSchoolsQuadrature.compute(EightSchoolsData.CLASSIC_Y, EightSchoolsData.CLASSIC_SIGMA);
        PosteriorMoments mu = PosteriorMoments.of(draws, "mu", 0);
        PosteriorMoments tau = PosteriorMoments.of(draws, "tau", 0);
        // quadrature error is below 1e-3, negligible beside Monte Carlo error: the reference enters with MCSE 0
        PosteriorAgreement.assertMeanAgrees("mu", mu, ref.meanMu(), 0);
        PosteriorAgreement.assertMeanAgrees("tau", tau, ref.meanTau(), 0);
        PosteriorAgreement.assertSdAgrees("mu", mu, ref.sdMu(), 0);
        PosteriorAgreement.assertSdAgrees("tau", tau, ref.sdTau(), 0);

        double[][] m = draws.quantity(PosteriorMoments.column(draws, "mu", 0));
        double[][] t = draws.quantity(PosteriorMoments.column(draws, "tau", 0));
        for (int j = 0; j < 8; j++) {
            double[][] eta = draws.quantity(PosteriorMoments.column(draws, "eta", j));
            double[][] theta = draws.quantity(PosteriorMoments.column(draws, "theta", j));
            for (int c = 0; c < 4; c++) {
                for (int i = 0; i < 1000; i += 97) {
                    double expected = m[c][i] + t[c][i] * eta[c][i];
                    assertEquals(expected, theta[c][i], 1e-12 * (1 + Math.abs(expected)), "theta[" + j + "] chain " + c + " draw " + i);
                }
            }
        }
        // the non-centred geometry is benign: at most 1% of draws diverge (the centred form has many more)
        assertTrue(draws.divergences() <= 40, "divergences: " + draws.divergences());
    }
}
