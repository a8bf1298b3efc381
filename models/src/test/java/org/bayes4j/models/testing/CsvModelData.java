package org.bayes4j.models.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bayes4j.spi.model.ModelData;

/**
 * A minimal reader of a simple CSV file (header row, comma separated, no
 * quoted commas) into {@link ModelData}: a column whose every cell parses as
 * a number becomes a numeric vector, any other column a text column. Enough
 * for the shipped data sets in tests; the CLI has the real reader.
 */
public final class CsvModelData {

    private CsvModelData() {}

    public static ModelData read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ModelData parse(String source, List<String> lines) {
        List<String[]> rows = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) rows.add(line.split(",", -1));
        }
        String[] header = rows.get(0);
        ModelData.Builder b = ModelData.builder(source);
        int n = rows.size() - 1;
        for (int c = 0; c < header.length; c++) {
            String name = header[c].trim().replace("\"", "");
            List<String> cells = new ArrayList<>(n);
            for (int r = 1; r <= n; r++) cells.add(rows.get(r)[c].trim().replace("\"", ""));
            double[] numbers = new double[n];
            boolean numeric = true;
            for (int r = 0; r < n && numeric; r++) {
                try {
                    numbers[r] = Double.parseDouble(cells.get(r));
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
            if (numeric) b.put(name, numbers, n);
            else b.strings(name, cells);
        }
        return b.build();
    }
}
