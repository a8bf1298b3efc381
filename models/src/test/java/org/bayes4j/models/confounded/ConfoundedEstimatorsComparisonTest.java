package org.bayes4j.models.confounded;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.testing.Backends;
import org.bayes4j.models.testing.PosteriorMoments;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.junit.jupiter.api.Test;

/**
 * The finding of catalogue model 7 on three data sets of the world
 * ({@link ConfoundedWorld}: 30 groups, 200 individuals, {@code b_X = 1},
 * {@code b_Z = -0.5}; seeds 1, 2, 3), each estimator fitted with
 * 2 chains x (400 + 400) NUTS iterations.
 *
 * <p>Criterion, on the posterior means summed over the three data sets:
 * <ul>
 *   <li>the absolute error of {@code b_X} of the Mundlak and of the latent
 *       Mundlak estimator is below the naive one's (the confound biases the
 *       naive {@code b_X} upwards: with {@code U | X ~ N(0.69 X, 0.83)} its
 *       large-sample limit is near 1.5);</li>
 *   <li>their total error {@code |b_X - 1| + |b_Z + 0.5|} is below the
 *       naive one's;</li>
 *   <li>their posterior means of {@code b_Z} lie within 3 posterior sd of
 *       -0.5 in every data set (a false failure about 0.3% per check for a
 *       calibrated, roughly normal posterior; 1.6% over the six).</li>
 * </ul>
 * {@code b_Z} is not compared on its own: the naive model's bias on it is
 * small (about 0.05, from the attenuation of a logistic regression that omits
 * {@code U}) while its posterior sd with 30 groups is about 0.3 for every
 * estimator, so at these sizes no estimator is reliably better on it. In the
 * runs recorded when the test was written the summed {@code b_X} errors were
 * 1.55 (naive), 0.72 (Mundlak), 0.79 (latent Mundlak). The seeds are fixed,
 * so a pass replays.
 */
class ConfoundedEstimatorsComparisonTest {

    private static final double TRUE_B_X = ConfoundedWorld.B_X;
    private static final double TRUE_B_Z = ConfoundedWorld.B_Z;
    private static final List<String> COMPARED = List.of("confounded-naive", "confounded-mundlak", "confounded-latent-mundlak");

    @Test
    void mundlakEstimatorsRecoverTheEffectsBetterThanNaive() {
        Map<String, double[]> errors = new LinkedHashMap<>();
        for (String name : COMPARED) errors.put(name, new double[2]);
        StringBuilder log = new StringBuilder();
        for (long seed = 1; seed <= 3; seed++) {
            ModelData world = ConfoundedWorld.simulate(RandomDraws.seeded(seed), null, null);
            for (String name : COMPARED) {
                Draws d = Backends.fitNuts(Providers.named(name).build(world), config(seed));
                PosteriorMoments bX = PosteriorMoments.of(d, "b_X", 0), bZ = PosteriorMoments.of(d, "b_Z", 0);
                errors.get(name)[0] += Math.abs(bX.mean() - TRUE_B_X);
                errors.get(name)[1] += Math.abs(bZ.mean() - TRUE_B_Z);
                log.append(String.format(Locale.ROOT, "%nseed %d %-26s b_X %.3f (sd %.3f)  b_Z %.3f (sd %.3f)", seed, name, bX.mean(), bX.sd(),
                        bZ.mean(), bZ.sd()));
                if (!name.equals("confounded-naive")) {
                    assertTrue(Math.abs(bZ.mean() - TRUE_B_Z) < 3 * bZ.sd(),
                            name + " seed " + seed + ": b_Z more than 3 sd from " + TRUE_B_Z + log);
                }
            }
        }
        double[] naive = errors.get("confounded-naive");
        for (String name : List.of("confounded-mundlak", "confounded-latent-mundlak")) {
            double[] e = errors.get(name);
            log.append(String.format(Locale.ROOT, "%n%s: summed |error| b_X %.3f, b_Z %.3f (naive %.3f, %.3f)", name, e[0], e[1], naive[0], naive[1]));
            assertTrue(e[0] < naive[0], name + " b_X error not below naive" + log);
            assertTrue(e[0] + e[1] < naive[0] + naive[1], name + " total error not below naive" + log);
        }
        System.out.println(log);
    }

    /**
     * Fixed effects cannot estimate a group-level trait: the posterior sd of
     * {@code b_Z} stays above 0.75 of its prior sd 1 (the data remove under
     * half of the prior variance), while the naive model, which pools, pins
     * it down to under half that sd.
     */
    @Test
    void fixedEffectsLeaveTheGroupTraitUnidentified() {
        ModelData world = ConfoundedWorld.simulate(RandomDraws.seeded(1), null, null);
        double fixed = PosteriorMoments.of(Backends.fitNuts(Providers.named("confounded-fixed-effects").build(world), config(1)), "b_Z", 0).sd();
        double naive = PosteriorMoments.of(Backends.fitNuts(Providers.named("confounded-naive").build(world), config(1)), "b_Z", 0).sd();
        System.out.printf(Locale.ROOT, "posterior sd of b_Z: fixed effects %.3f, naive %.3f%n", fixed, naive);
        assertTrue(fixed > 0.75, "fixed-effects b_Z sd " + fixed);
        assertTrue(fixed > 2 * naive, "fixed-effects b_Z sd " + fixed + " vs naive " + naive);
    }

    private static SamplerConfig config(long seed) { return Backends.config(2, 400, 400, seed); }
}
