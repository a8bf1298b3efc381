package org.bayes4j.models.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bayes4j.spi.model.ModelData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each data check passes good data through unchanged and fails bad data naming source, variable, row and value. */
class DataChecksTest {

    private final ModelData data = ModelData.builder("t.csv")
            .put("x", new double[] {1, 2.5, 3})
            .put("k", new double[] {4, 0, 7})
            .put("m", new double[] {1, 2, 3, 4}, 2, 2)
            .scalar("N", 3)
            .strings("label", List.of("a", "b", "c"))
            .build();

    @Test
    void goodDataPassesThrough() {
        assertArrayEquals(new double[] {1, 2.5, 3}, DataChecks.positiveVector(data, "x"));
        assertArrayEquals(new int[] {4, 0, 7}, DataChecks.countVector(data, "k"));
        assertEquals("k", DataChecks.firstPresent(data, "count", "k"));
        assertEquals(List.of("a", "b", "c"), DataChecks.optionalLabels(data, "label", 3, "'x'"));
        assertNull(DataChecks.optionalLabels(data, "name", 3, "'x'"));
        DataChecks.checkDeclaredSize(data, "N", 3, "x");
        DataChecks.checkDeclaredSize(data, "J", 99, "x");
        DataChecks.requireAtMost(data, "k", new int[] {4, 0, 7}, "cap", new int[] {4, 0, 7});
        assertArrayEquals(new int[] {4, 0, 7}, DataChecks.integerVectorIn(data, "k", 0, 7, "in 0..7"));
        assertArrayEquals(new int[] {4, 0, 7}, DataChecks.indexVector(data, "k", 8, "a cluster"));
    }

    @Test
    void badDataFailsNamingSourceVariableRowAndValue() {
        assertMessage(() -> DataChecks.countVector(data, "x"), "t.csv: variable 'x' row 2 is 2.5, but must be an integer");
        assertMessage(() -> DataChecks.positiveVector(data, "k"), "t.csv: variable 'k' row 2 is 0.0, but must be positive");
        assertMessage(() -> DataChecks.vector(data, "m"), "t.csv: variable 'm' has shape [2, 2], but must be a vector");
        assertMessage(() -> DataChecks.firstPresent(data, "density", "D", "dens"),
                "t.csv: missing variable 'density' (or its alias 'D' or 'dens'); present: [x, k, m, N, label]");
        assertMessage(() -> DataChecks.checkDeclaredSize(data, "N", 4, "x"), "t.csv: variable 'N' is 3, but 'x' has 4 rows");
        assertMessage(() -> DataChecks.requireAtMost(data, "k", new int[] {4, 0, 7}, "cap", new int[] {4, 0, 6}),
                "t.csv: variable 'k' row 3 is 7, but must be <= cap (6)");
        assertMessage(() -> DataChecks.integerVectorIn(data, "k", 1, 7, "a response in 1..7"),
                "t.csv: variable 'k' row 2 is 0, but must be a response in 1..7");
        assertMessage(() -> DataChecks.integerVectorIn(data, "k", 0, 6, "in 0..6"), "t.csv: variable 'k' row 3 is 7, but must be in 0..6");
        assertMessage(() -> DataChecks.integerVectorIn(data, "x", 0, 6, "in 0..6"), "t.csv: variable 'x' row 2 is 2.5, but must be an integer");
        assertMessage(() -> DataChecks.optionalLabels(data, "label", 4, "'x'"), "t.csv: variable 'label' has 3 rows, but 'x' has 4");
        assertMessage(() -> DataChecks.requireLength(data, "k", 3, 5, "'y'"), "t.csv: variable 'k' has 3 rows, but 'y' has 5");
        assertMessage(() -> DataChecks.indexVector(data, "k", 7, "a cluster"), "t.csv: variable 'k' row 3 is 7, but must be a cluster index in 0..6");
        assertMessage(() -> DataChecks.indexVector(data, "x", 7, "a cluster"), "t.csv: variable 'x' row 2 is 2.5, but must be an integer");
    }

    private static void assertMessage(Executable call, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected), "message was: " + e.getMessage());
    }
}
