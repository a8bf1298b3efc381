package org.bayes4j.models.trolley;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/**
 * Both Trolley forms build, name their quantities by the data's labels,
 * compute the ordered-logistic likelihood of every answer as the textbook
 * formula does, and describe the same joint distribution: on the sampler's
 * scale their log densities differ by exactly the Jacobian of the
 * non-centring map.
 */
class TrolleyBuildTest {

    private static final Map<String, Integer> SMALL = Map.of("participants", 9, "stories", 4, "responses", 5);

    @Test
    void defaultDataBuildsWithNamedCoordinates() {
        for (String name : List.of("trolley", "trolley-centered")) {
            ModelProvider p = Providers.named(name);
            CompiledModel compiled = p.build(p.defaultData()).compile();
            List<String> names = compiled.outputNames();
            for (String element : List.of("b_A", "b_I", "b_C", "sigma_s", "sigma_v", "p_baseline[1]", "p_baseline[7]",
                    "s[story01]", "s[story12]", "v[p001]", "v[p331]", "kappa[1]", "kappa[6]")) {
                assertTrue(names.contains(element), name + ": no " + element + " in " + names.subList(0, 20) + "...");
            }
            // 3 slopes + 2 scales + 6 (simplex of 7) + 12 stories + 331 participants
            assertEquals(3 + 2 + 6 + 12 + 331, compiled.dimension(), name);
            assertEquals(331 * 30, compiled.pointwiseSize(), name);
        }
    }

    /** Labels of any text become coordinates, sorted whatever the row order: {@code s[aqu]}, {@code v[96;434]}. */
    @Test
    void storyAndParticipantLabelsNameTheIntercepts() {
        ModelData data = ModelData.builder("labels.csv")
                .put("response", new int[] {4, 3, 7, 1})
                .put("action", new int[] {0, 1, 0, 0})
                .put("intention", new int[] {0, 0, 1, 1})
                .put("contact", new int[] {1, 0, 0, 1})
                .strings("story", List.of("che", "bur", "aqu", "che"))
                .strings("id", List.of("96;445", "96;434", "96;445", "96;434"))
                .build();
        Responses r = TrolleyData.read(data);
        assertEquals(List.of("aqu", "bur", "che"), r.storyLabels());
        assertEquals(List.of("96;434", "96;445"), r.participantLabels());
        assertArrayEquals(new int[] {2, 1, 0, 2}, r.story());
        assertArrayEquals(new int[] {1, 0, 1, 0}, r.participant());
        assertArrayEquals(new int[] {3, 2, 6, 0}, r.category());
        List<String> names = Providers.named("trolley").build(data).compile().outputNames();
        assertTrue(names.containsAll(List.of("s[aqu]", "s[bur]", "s[che]", "v[96;434]", "v[96;445]", "z_v[96;445]")), names.toString());
    }

    /**
     * The pointwise log likelihood of each answer equals the textbook formula
     * $\log(\operatorname{logistic}(\kappa_{R} - \phi) - \operatorname{logistic}(\kappa_{R-1} - \phi))$
     * (1-based $R$, $\kappa_0 = -\infty$, $\kappa_7 = +\infty$), written here
     * independently, at simulated truths of both forms. The cutpoints the
     * model records equal {@link Cutpoints#fromProbabilities} of the truth.
     */
    @Test
    void pointwiseLogLikelihoodIsTheOrderedLogisticFormula() {
        for (String name : List.of("trolley", "trolley-centered")) {
            ModelProvider p = Providers.named(name);
            for (long seed = 1; seed <= 10; seed++) {
                Simulation sim = p.simulate(RandomSource.SPLIT_MIX_64.create(seed), SMALL, Map.of());
                CompiledModel compiled = p.build(sim.data()).compile();
                double[] theta = compiled.unconstrain(sim.truth());
                Map<String, double[]> values = compiled.constrainedValues(theta);
                double[] kappa = Cutpoints.fromProbabilities(sim.truth().get("p_baseline"));
                assertArrayEquals(kappa, values.get("kappa"), 1e-9, name + " kappa, seed " + seed);

                double[] s = values.get("s"), v = values.get("v");
                Responses r = TrolleyData.read(sim.data());
                double[] pointwise = new double[compiled.pointwiseSize()];
                compiled.pointwiseLogLikelihood(theta, pointwise);
                int[] action = r.action(), intention = r.intention(), contact = r.contact(), story = r.story(), id = r.participant(),
                        category = r.category();
                double bA = values.get("b_A")[0], bI = values.get("b_I")[0], bC = values.get("b_C")[0];
                for (int i = 0; i < r.rows(); i++) {
                    double phi = bA * action[i] + bI * intention[i] + bC * contact[i] + s[story[i]] + v[id[i]];
                    int k = category[i];
                    double upper = k == kappa.length ? 1 : 1 / (1 + Math.exp(phi - kappa[k]));
                    double lower = k == 0 ? 0 : 1 / (1 + Math.exp(phi - kappa[k - 1]));
                    double expected = Math.log(upper - lower);
                    assertEquals(expected, pointwise[i], 1e-9 * Math.max(1, Math.abs(expected)), name + " row " + i + ", seed " + seed);
                }
            }
        }
    }

    /**
     * With $s = \sigma_s z_s$, $v = \sigma_v z_v$ and every other parameter
     * shared, $\log p_{nc}(\theta_{nc}) - \log p_c(\theta_c) = J\log\sigma_s + P\log\sigma_v$,
     * since $N(s \mid 0, \sigma) = N(z \mid 0, 1)/\sigma$ and the bijectors of the
     * shared parameters contribute the same log-Jacobians to both. Checked at 20
     * random truths (seeds 1..20) of a 9-participant, 4-story data set, to 1e-9
     * relative.
     */
    @Test
    void centredAndNonCentredDensitiesDifferByTheNonCentringJacobian() {
        ModelProvider nc = Providers.named("trolley"), c = Providers.named("trolley-centered");
        for (long seed = 1; seed <= 20; seed++) {
            Simulation sim = nc.simulate(RandomSource.SPLIT_MIX_64.create(seed), SMALL, Map.of());
            Map<String, double[]> truth = sim.truth();
            double sigmaS = truth.get("sigma_s")[0], sigmaV = truth.get("sigma_v")[0];
            Map<String, double[]> centred = new HashMap<>(truth);
            centred.remove("z_s");
            centred.remove("z_v");
            centred.put("s", scaled(truth.get("z_s"), sigmaS));
            centred.put("v", scaled(truth.get("z_v"), sigmaV));

            CompiledModel ncModel = nc.build(sim.data()).compile(), cModel = c.build(sim.data()).compile();
            double lpNc = ncModel.newEvaluator().logDensity(ncModel.unconstrain(truth));
            double lpC = cModel.newEvaluator().logDensity(cModel.unconstrain(centred));
            double jacobian = truth.get("z_s").length * Math.log(sigmaS) + truth.get("z_v").length * Math.log(sigmaV);
            assertTrue(Double.isFinite(lpNc) && Double.isFinite(lpC), "seed " + seed + ": " + lpNc + ", " + lpC);
            assertEquals(jacobian, lpNc - lpC, 1e-9 * Math.max(1, Math.abs(lpNc)), "seed " + seed);
        }
    }

    /** The check above fails for a model that forgets the scale: its centred intercepts at sigma = 1 differ by log sigma terms. */
    @Test
    void theJacobianCheckDetectsAMismatchedScale() {
        ModelProvider nc = Providers.named("trolley"), c = Providers.named("trolley-centered");
        Simulation sim = nc.simulate(RandomSource.SPLIT_MIX_64.create(3), SMALL, Map.of("sigma_s", new double[] {0.4}, "sigma_v", new double[] {2.5}));
        Map<String, double[]> truth = sim.truth();
        Map<String, double[]> wrong = new HashMap<>(truth);
        wrong.remove("z_s");
        wrong.remove("z_v");
        wrong.put("s", truth.get("z_s"));   // the deliberate mistake: s = z, not sigma_s z
        wrong.put("v", truth.get("z_v"));
        CompiledModel ncModel = nc.build(sim.data()).compile(), cModel = c.build(sim.data()).compile();
        double difference = ncModel.newEvaluator().logDensity(ncModel.unconstrain(truth)) - cModel.newEvaluator().logDensity(cModel.unconstrain(wrong));
        double jacobian = 4 * Math.log(0.4) + 9 * Math.log(2.5);
        assertTrue(Math.abs(difference - jacobian) > 1e-3, "difference " + difference + " vs Jacobian " + jacobian);
    }

    @Test
    void parametersAreListedInDeclarationOrder() {
        List<String> nc = Providers.named("trolley").build(Providers.named("trolley").simulate(RandomSource.SPLIT_MIX_64.create(1), SMALL, Map.of()).data())
                .compile().parameters().stream().map(VariableInfo::name).toList();
        assertEquals(TrolleySimulator.parameterNames(TrolleySimulator.Form.NON_CENTRED), nc);
    }

    private static double[] scaled(double[] z, double sigma) {
        double[] out = new double[z.length];
        for (int j = 0; j < z.length; j++) out[j] = sigma * z[j];
        return out;
    }
}
