package org.bayes4j.spi.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Data access fails with messages naming the source, variable, row and value. */
class ModelDataTest {

    private final ModelData data = ModelData.builder("frogs.csv")
            .put("density", new int[] {10, 25})
            .put("rate", new double[] {0.5, 1.5})
            .strings("surv", List.of("9", "nine"))
            .build();

    @Test
    void numericColumnsReadBack() {
        assertArrayEquals(new int[] {10, 25}, data.counts("density"));
        assertEquals(2, data.rows("density"));
    }

    @Test
    void nonNumericCellIsNamedByRowAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> data.ints("surv"));
        assertEquals("frogs.csv: variable 'surv' row 2 is 'nine', but must be a number", e.getMessage());
    }

    @Test
    void nonIntegerIsNamedByRowAndValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> data.ints("rate"));
        assertEquals("frogs.csv: variable 'rate' row 1 is 0.5, but must be an integer", e.getMessage());
    }

    @Test
    void missingVariableListsThePresentOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> data.doubles("pred"));
        assertEquals("frogs.csv: missing variable 'pred'; present: [density, rate, surv]", e.getMessage());
    }
}
