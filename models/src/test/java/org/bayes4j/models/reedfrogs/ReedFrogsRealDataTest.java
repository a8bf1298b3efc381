package org.bayes4j.models.reedfrogs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;

import org.bayes4j.models.testing.CsvModelData;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.models.testing.RepositoryFiles;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * The real Vonesh &amp; Bolker data, read from {@code ../shared/datasets/reedfrogs.csv}
 * (columns density, pred, size, surv, propsurv); skipped when the file is absent.
 */
class ReedFrogsRealDataTest {

    @Test
    void buildsOnTheSharedCsvIgnoringExtraColumns() {
        Path csv = RepositoryFiles.sharedDataset("reedfrogs.csv");
        ModelData data = CsvModelData.read(csv);
        Model m = Providers.named("reedfrogs").build(data);

        Var survived = m.observedVariables().get(0);
        assertEquals(48, survived.size());
        double[] surv = survived.observed().values();
        // first rows of the published table: 10 tadpoles, no predators, big: 9, 10, 7, 10 survivors
        assertArrayEquals(new double[] {9, 10, 7, 10}, Arrays.copyOf(surv, 4));
        assertEquals(16, Arrays.stream(data.ints("density")).filter(d -> d == 10).count());
        assertEquals(16, Arrays.stream(data.ints("density")).filter(d -> d == 25).count());
        assertEquals(16, Arrays.stream(data.ints("density")).filter(d -> d == 35).count());
    }
}
