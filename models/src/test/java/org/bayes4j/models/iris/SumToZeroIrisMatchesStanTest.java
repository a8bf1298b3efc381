package org.bayes4j.models.iris;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bayes4j.models.testing.Backends;
import org.bayes4j.models.testing.PosteriorAgreement;
import org.bayes4j.models.testing.PosteriorMoments;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.models.testing.StanFixture;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.junit.jupiter.api.Test;

/**
 * End to end: on the Stan fixture {@code fixtures/stan/mnl_zerosum} (150
 * simulated rows, 4 centred predictors, 3 categories), {@code iris-sumzero}
 * agrees with Stan 2.21's posterior. The fixture's program builds the zero-sum
 * vectors as {@code Q z} with {@code Q} an orthonormal (Helmert) basis and
 * {@code z ~ N(0, 5)}: the same prior as ZeroSumNormal(5), since an isometry
 * carries the isotropic normal on R^(K-1) to the one on the zero-sum plane.
 * Its data are read as they are, except {@code y}, which Stan counts from 1.
 * Its {@code X} is centred to 1e-17, so centring inside {@code build} changes
 * nothing.
 *
 * <p>The 3 + 12 means and sds of {@code alpha} and {@code beta} are compared
 * within 4.5 combined Monte Carlo standard errors (30 comparisons; false-failure
 * probability below 2.1e-4); Stan's MCSE of the sd is the normal-theory
 * {@code sd / sqrt(2 ESS_bulk)}, doubled as in the reed-frog comparison. The
 * run: 4 chains x (500 warm-up + 1000 draws), seed 20240601.
 */
class SumToZeroIrisMatchesStanTest {

    @Test
    void nutsAgreesWithStanOnTheFixture() {
        StanFixture fixture = new StanFixture("mnl_zerosum");
        ModelData stanData = fixture.data();
        double[] y = stanData.doubles("y");
        for (int i = 0; i < y.length; i++) y[i] -= 1;
        ModelData data = ModelData.builder("fixtures/stan/mnl_zerosum/data.json (y - 1)")
                .scalar("N", stanData.scalar("N")).scalar("K", stanData.scalar("K")).scalar("P", stanData.scalar("P"))
                .put("X", stanData.doubles("X"), stanData.shape("X"))
                .put("y", y, y.length)
                .build();
        ModelProvider sumZero = Providers.named("iris-sumzero");
        Draws draws = Backends.fitNuts(sumZero.build(data), Backends.config(4, 500, 1000, 20240601L));
        assertEquals(List.of("alpha", "beta", "p_at_mean"), Backends.variableNames(draws));
        assertEquals(0, draws.divergences(), "divergent transitions");

        Map<String, StanFixture.PosteriorRow> stan = fixture.posterior();
        for (int k = 0; k < 3; k++) compare(draws, "alpha", k, stan.get("alpha[" + (k + 1) + "]"));
        for (int j = 0; j < 4; j++) {
            for (int k = 0; k < 3; k++) compare(draws, "beta", j * 3 + k, stan.get("beta[" + (j + 1) + "," + (k + 1) + "]"));
        }
        assertTrue(draws.names().contains("beta[petal_length, virginica]"), "coords name the elements: " + draws.names());
    }

    private static void compare(Draws draws, String name, int index, StanFixture.PosteriorRow stan) {
        PosteriorMoments fit = PosteriorMoments.of(draws, name, index);
        String what = stan.variable() + " (bayes4j " + name + "[" + index + "])";
        PosteriorAgreement.assertMeanAgrees(what, fit, stan.mean(), stan.mcseMean());
        PosteriorAgreement.assertSdAgrees(what, fit, stan.sd(), 2 * stan.sd() / Math.sqrt(2 * stan.essBulk()));
    }
}
