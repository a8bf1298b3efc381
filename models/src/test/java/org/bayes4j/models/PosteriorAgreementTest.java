package org.bayes4j.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.testing.PosteriorAgreement;
import org.bayes4j.models.testing.PosteriorMoments;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end comparisons rest on {@link PosteriorMoments} and
 * {@link PosteriorAgreement}; here they are checked on draws whose answers
 * are known: 4 chains x 1000 draws of a Gaussian AR(1) process
 * {@code x_t = phi x_{t-1} + sqrt(1 - phi^2) e_t} with stationary N(0, 1)
 * margins, whose MCSE of the mean is {@code sqrt((1 + phi)/(1 - phi) / n)}.
 * The agreement check accepts the right answer and rejects a biased sampler
 * (draws shifted by 0.3 sd) and one with the wrong spread (sd 1.2).
 */
class PosteriorAgreementTest {

    private static final double PHI = 0.5;

    @Test
    void batchMeansErrorMatchesTheAr1Formula() {
        PosteriorMoments m = PosteriorMoments.of(ar1(1, 0, 1));
        double exact = Math.sqrt((1 + PHI) / (1 - PHI) / 4000);
        // 128 batches: the estimated error is within about 25% of the exact one
        assertEquals(exact, m.mcseMean(), 0.25 * exact);
        assertEquals(1, m.sd(), 5 * m.mcseSd());
        assertEquals(0, m.quantile(0.5), 0.1);
    }

    @Test
    void acceptsTheTruthAndCatchesBiasOrWrongSpread() {
        PosteriorAgreement.assertMeanAgrees("unbiased", PosteriorMoments.of(ar1(2, 0, 1)), 0, 0);
        PosteriorAgreement.assertSdAgrees("unbiased", PosteriorMoments.of(ar1(2, 0, 1)), 1, 0);
        assertThrows(AssertionError.class, () -> PosteriorAgreement.assertMeanAgrees("biased", PosteriorMoments.of(ar1(3, 0.3, 1)), 0, 0));
        assertThrows(AssertionError.class, () -> PosteriorAgreement.assertSdAgrees("too wide", PosteriorMoments.of(ar1(4, 0, 1.2)), 1, 0));
    }

    private static double[][] ar1(long seed, double shift, double scale) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        RandomDraws draw = new RandomDraws(rng);
        double[][] chains = new double[4][1000];
        double innovation = Math.sqrt(1 - PHI * PHI);
        for (double[] c : chains) {
            double x = draw.normal(0, 1);
            for (int t = 0; t < c.length; t++) {
                x = PHI * x + innovation * draw.normal(0, 1);
                c[t] = shift + scale * x;
            }
        }
        return chains;
    }
}
