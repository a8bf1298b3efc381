package org.bayes4j.cli.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.bayes4j.spi.model.ModelData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataReaderTest {

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path p = dir.resolve("data.csv");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsNumericAndTextColumns() throws Exception {
        Path p = write("""
                density,surv,pred,label
                10,9,0.5,"tank a"
                25, 20,1e-2,tank b
                35,31,-3,tank c
                """);
        ModelData d = DataFiles.read(p);
        assertEquals(p.toString(), d.source());
        assertArrayEquals(new int[] {10, 25, 35}, d.ints("density"));
        assertArrayEquals(new int[] {3}, d.shape("surv"));
        assertTrue(d.array("surv").integer());
        assertFalse(d.array("pred").integer());
        assertArrayEquals(new double[] {0.5, 0.01, -3}, d.doubles("pred"));
        assertEquals(List.of("tank a", "tank b", "tank c"), d.strings("label"));
        assertEquals(List.of("density", "surv", "pred", "label"), List.copyOf(d.names()));
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreTolerated() throws Exception {
        ModelData d = CsvDataReader.read(write("\uFEFFy,n\r\n1,2\r\n3,4\r\n"));
        assertArrayEquals(new int[] {1, 3}, d.ints("y"));
        assertArrayEquals(new int[] {2, 4}, d.ints("n"));
    }

    @Test
    void raggedRowNamesFileAndLine() throws Exception {
        Path p = write("a,b\n1,2\n3\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvDataReader.read(p));
        assertEquals(p + ":3: 1 values, but the header has 2 columns", e.getMessage());
    }

    @Test
    void nonNumericCellNamesFileLineAndColumn() throws Exception {
        Path p = write("a,b\n1,2\n3,4\n5,x7\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvDataReader.read(p));
        assertEquals(p + ":4, column 'b': 'x7' is not a number (the column is numeric)", e.getMessage());
    }

    @Test
    void emptyCellIsAnErrorNotNaN() throws Exception {
        Path p = write("a,b\n1,2\n3,\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsvDataReader.read(p));
        assertEquals(p + ":3, column 'b': empty cell is not a number (the column is numeric)", e.getMessage());
        Path q = write("a\n1\nnan\n");
        e = assertThrows(IllegalArgumentException.class, () -> CsvDataReader.read(q));
        assertEquals(q + ":3, column 'a': NaN is not allowed in data", e.getMessage());
    }

    @Test
    void emptyFileAndDuplicateColumnsAreRejected() throws Exception {
        Path p = write("");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CsvDataReader.read(p)).getMessage().contains("empty file"));
        Path q = write("a,a\n1,2\n");
        assertEquals(q + ":1: column 'a' appears twice",
                assertThrows(IllegalArgumentException.class, () -> CsvDataReader.read(q)).getMessage());
    }
}
