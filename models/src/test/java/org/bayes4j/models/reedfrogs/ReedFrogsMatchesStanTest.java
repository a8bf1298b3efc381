package org.bayes4j.models.reedfrogs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.testing.Backends;
import org.bayes4j.models.testing.PosteriorAgreement;
import org.bayes4j.models.testing.PosteriorMoments;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.models.testing.StanFixture;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.ModelProvider;
import org.junit.jupiter.api.Test;

/**
 * End to end: on the Stan fixture's data ({@code fixtures/stan/reedfrog},
 * the same model in {@code model.stan}), NUTS agrees with Stan 2.21's
 * posterior for every parameter: 50 means and 50 sds, each within 4.5
 * combined Monte Carlo standard errors (false-failure probability below
 * 7e-4 for the 100 comparisons). Stan's MCSE of the mean is in the fixture;
 * its MCSE of the sd is not, and is taken as the normal-theory
 * {@code sd / sqrt(2 ESS_bulk)}, doubled to allow for the skew of
 * {@code sigma}'s posterior. Also: the recorded {@code p_survived} is
 * {@code logistic(alpha)} draw by draw.
 * Run: 4 chains x (1000 warm-up + 1000 draws), seed 20240601 (Stan's protocol).
 */
class ReedFrogsMatchesStanTest {

    @Test
    void nutsAgreesWithStanOnTheFixture() {
        StanFixture fixture = new StanFixture("reedfrog");
        ModelProvider frogs = Providers.named("reedfrogs");
        Draws draws = Backends.fitNuts(frogs.build(fixture.data()), Backends.config(4, 1000, 1000, 20240601L));
        assertEquals(List.of("alpha_bar", "sigma", "alpha", "p_survived"), Backends.variableNames(draws));

        Map<String, StanFixture.PosteriorRow> stan = fixture.posterior();
        compare(draws, "alpha_bar", 0, stan.get("alpha_bar"));
        compare(draws, "sigma", 0, stan.get("sigma"));
        for (int j = 0; j < 48; j++) {
            // Stan counts from 1, bayes4j from 0
            compare(draws, "alpha", j, stan.get("alpha[" + (j + 1) + "]"));
        }

        for (int j = 0; j < 48; j += 5) {
            double[][] alpha = draws.quantity(PosteriorMoments.column(draws, "alpha", j));
            double[][] p = draws.quantity(PosteriorMoments.column(draws, "p_survived", j));
            for (int c = 0; c < 4; c++) {
                for (int i = 0; i < 1000; i += 101) {
                    assertEquals(RandomDraws.logistic(alpha[c][i]), p[c][i], 1e-12, "p_survived[" + j + "] chain " + c + " draw " + i);
                }
            }
        }
    }

    private static void compare(Draws draws, String name, int index, StanFixture.PosteriorRow stan) {
        PosteriorMoments fit = PosteriorMoments.of(draws, name, index);
        String what = stan.variable() + " (bayes4j " + name + "[" + index + "])";
        PosteriorAgreement.assertMeanAgrees(what, fit, stan.mean(), stan.mcseMean());
        PosteriorAgreement.assertSdAgrees(what, fit, stan.sd(), 2 * stan.sd() / Math.sqrt(2 * stan.essBulk()));
    }
}
