package org.bayes4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bayes4j.spi.diagnostic.Summary;
import org.bayes4j.spi.diagnostic.SummaryOptions;
import org.bayes4j.spi.diagnostic.SummaryRow;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    static Summary summary(double hdiProb) {
        return new Summary(new SummaryOptions(hdiProb, List.of()), 4, 1000, List.of(
                new SummaryRow("mu", 1.23456, 0.5, 0.4, 2.1, 0.0123, 0.0089, 3456.4, 2789.6, 1.0012, Map.of()),
                new SummaryRow("c", 2.0, 0.0, 2.0, 2.0, 0.0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Map.of()),
                new SummaryRow("tiny", 1.5e-7, -2.5e8, -1, 1, 1e-5, 1e-5, 10, 12, 1.2, Map.of())),
                3, 1, List.of(0.81, Double.NaN), List.of("R-hat above 1.01 for tiny"));
    }

    @Test
    void tableIsAlignedWithArviZColumnsAndNAForUndefined() {
        String table = SummaryTable.table(summary(0.94), List.of("mu", "alpha[0]", "beta[petal_length, virginica]"));
        List<String> lines = table.lines().toList();
        assertEquals(4, lines.size());
        String header = lines.get(0);
        assertTrue(header.matches("\\s+mean\\s+sd\\s+hdi_3%\\s+hdi_97%\\s+mcse_mean\\s+mcse_sd\\s+ess_bulk\\s+ess_tail\\s+r_hat"), header);
        for (String line : lines) assertEquals(header.length(), line.length(), "every line as wide as the header:\n" + table);
        assertTrue(lines.get(1).startsWith("mu  "));
        assertTrue(lines.get(1).matches("mu\\s+1\\.235\\s+0\\.500\\s+0\\.400\\s+2\\.100\\s+0\\.012\\s+0\\.009\\s+3456\\s+2790\\s+1\\.00"), lines.get(1));
        assertTrue(lines.get(2).startsWith("alpha[0]"));
        assertTrue(lines.get(2).matches("alpha\\[0]\\s+2\\.000\\s+0\\.000\\s+2\\.000\\s+2\\.000\\s+0\\.000\\s+NA\\s+NA\\s+NA\\s+NA"), lines.get(2));
        assertTrue(lines.get(3).contains("1.50e-07") && lines.get(3).contains("-2.50e+08"), lines.get(3));
    }

    @Test
    void hdiLabelsFollowTheProbability() {
        String header = SummaryTable.table(summary(0.9), null).lines().findFirst().orElseThrow();
        assertTrue(header.contains("hdi_5%") && header.contains("hdi_95%"), header);
        String rowNames = SummaryTable.table(summary(0.9), List.of("only one name")); // wrong count: falls back to the rows' names
        assertTrue(rowNames.contains("\ntiny "), rowNames);
    }

    @Test
    void diagnosticsSpeakPlainWords() {
        List<String> lines = SummaryTable.diagnostics(summary(0.94), null);
        assertEquals("4 chains x 1000 draws; 3 divergent transitions after warm-up (0.1%); 1 hit the maximum tree depth.", lines.get(0));
        assertEquals("E-BFMI per chain: 0.81 NA", lines.get(1));
        assertEquals(List.of("Warnings:", "  - R-hat above 1.01 for tiny"), lines.subList(2, 4));
    }
}
