package org.bayes4j.cli.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bayes4j.spi.model.ModelData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StanJsonDataReaderTest {

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path p = dir.resolve("data.json");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsScalarsArraysMatricesAndText() throws Exception {
        Path p = write("""
                {"N": 3, "sigma": 2.5, "y": [1, 0, 4], "X": [[1, 2, 3], [4, 5, 6]],
                 "cube": [[[1, 2], [3, 4]], [[5, 6], [7, 8]]], "names": ["a", "b"], "big": "inf", "empty": []}
                """);
        ModelData d = DataFiles.read(p);
        assertEquals(3, d.scalar("N"));
        assertArrayEquals(new int[0], d.shape("N"));
        assertEquals(2.5, d.scalar("sigma"));
        assertArrayEquals(new int[] {1, 0, 4}, d.counts("y"));
        assertArrayEquals(new int[] {2, 3}, d.shape("X"));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, d.doubles("X"));
        assertArrayEquals(new int[] {2, 2, 2}, d.shape("cube"));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8}, d.doubles("cube"));
        assertEquals(List.of("a", "b"), d.strings("names"));
        assertEquals(Double.POSITIVE_INFINITY, d.scalar("big"));
        assertArrayEquals(new int[] {0}, d.shape("empty"));
    }

    @Test
    void raggedArrayNamesVariableAndPosition() throws Exception {
        Path p = write("{\"X\": [[1, 2, 3], [4, 5]]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StanJsonDataReader.read(p));
        assertEquals(p + ": variable 'X' is ragged: X[1] has 2 elements, but the shape read from its first elements is [2, 3]",
                e.getMessage());
    }

    @Test
    void nonNumberNamesThePosition() throws Exception {
        Path p = write("{\"y\": [1, true, 3]}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StanJsonDataReader.read(p));
        assertEquals(p + ": y[1] is true, but must be a number", e.getMessage());
    }

    @Test
    void malformedJsonNamesTheLine() throws Exception {
        Path p = write("{\"N\": 3,\n \"y\": [1, 2\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StanJsonDataReader.read(p));
        assertTrue(e.getMessage().startsWith(p + ":"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());
        Path q = write("[1, 2]");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StanJsonDataReader.read(q)).getMessage()
                .contains("expected a JSON object"));
    }
}
