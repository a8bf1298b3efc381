package org.bayes4j.models.trolley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bayes4j.models.testing.CsvModelData;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.models.testing.RepositoryFiles;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both forms on the real Trolley data ({@code ../shared/datasets/Trolley.csv},
 * read with all its columns, the unused ones included; skipped with a message
 * when absent): the data have the published sizes, the coordinates are the
 * file's labels, and the log density and its gradient are finite.
 */
class TrolleyRealDataTest {

    private static ModelData trolley;

    @BeforeAll
    static void read() {
        trolley = CsvModelData.read(RepositoryFiles.sharedDataset("Trolley.csv"));
    }

    @Test
    void theDataHaveThePublishedSizes() {
        Responses r = TrolleyData.read(trolley);
        assertEquals(9930, r.rows());
        assertEquals(331, r.participantLabels().size());
        assertEquals(List.of("aqu", "boa", "box", "bur", "car", "che", "pon", "rub", "sha", "shi", "spe", "swi"), r.storyLabels());
        assertTrue(r.participantLabels().contains("96;434"), r.participantLabels().subList(0, 5).toString());
        int[] perParticipant = new int[331];
        for (int p : r.participant()) perParticipant[p]++;
        assertTrue(Arrays.stream(perParticipant).allMatch(c -> c == 30), "30 answers from every participant");
        int[] levels = new int[7];
        for (int k : r.category()) levels[k]++;
        // the histogram of responses 1..7 (McElreath 2020, figure 12.4, left)
        assertEquals("[1274, 909, 1071, 2323, 1462, 1445, 1446]", Arrays.toString(levels));
    }

    @Test
    void bothFormsBuildWithFiniteDensityAndGradient() {
        for (String name : List.of("trolley", "trolley-centered")) {
            CompiledModel compiled = Providers.named(name).build(trolley).compile();
            assertEquals(3 + 2 + 6 + 12 + 331, compiled.dimension(), name);
            assertEquals(9930, compiled.pointwiseSize(), name);
            List<String> names = compiled.outputNames();
            assertTrue(names.containsAll(List.of("s[aqu]", "s[swi]", "v[96;434]", "kappa[1]", "kappa[6]")), name);

            Map<String, double[]> point = new HashMap<>();
            point.put("b_A", new double[] {-0.5});
            point.put("b_I", new double[] {-0.4});
            point.put("b_C", new double[] {-0.3});
            point.put("sigma_s", new double[] {0.5});
            point.put("sigma_v", new double[] {1.5});
            point.put("p_baseline", Cutpoints.toProbabilities(new double[] {-2.6, -1.9, -1.3, -0.3, 0.4, 1.3}));
            double[] stories = new double[12], participants = new double[331];
            for (int j = 0; j < 12; j++) stories[j] = 0.1 * (j - 5.5);
            for (int p = 0; p < 331; p++) participants[p] = Math.sin(p);
            point.put(name.equals("trolley") ? "z_s" : "s", stories);
            point.put(name.equals("trolley") ? "z_v" : "v", participants);

            double[] theta = compiled.unconstrain(point);
            LogDensity density = compiled.newEvaluator();
            double[] gradient = new double[theta.length];
            double lp = density.logDensityGradient(theta, gradient);
            assertTrue(Double.isFinite(lp), name + ": log density " + lp);
            assertEquals(lp, density.logDensity(theta), 1e-9 * Math.abs(lp), name);
            for (int i = 0; i < gradient.length; i++) assertTrue(Double.isFinite(gradient[i]), name + ": gradient[" + i + "] " + gradient[i]);
            double[] pointwise = new double[9930];
            compiled.pointwiseLogLikelihood(theta, pointwise);
            assertTrue(Arrays.stream(pointwise).allMatch(x -> Double.isFinite(x) && x < 0), name + ": pointwise log likelihood");
        }
    }
}
