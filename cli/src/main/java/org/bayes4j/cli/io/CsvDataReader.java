package org.bayes4j.cli.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.bayes4j.spi.model.ModelData;

/**
 * Reads a column-oriented data file: a header row of variable names, then one
 * row per observation; each column becomes a variable of shape {@code [rows]}.
 *
 * <p>A column whose first cell is a number is numeric, and then every cell of
 * it must be a number: an empty cell, {@code NA} or a word is an error naming
 * the file, line and column, never a silent NaN. A column whose first cell is
 * not a number is kept as text (labels such as a tank's name or a species).
 * A row with more or fewer cells than the header is an error naming the line.
 */
public final class CsvDataReader {

    private CsvDataReader() {}

    public static ModelData read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads from {@code in}; {@code source} names the file in messages and becomes {@link ModelData#source()}. */
    public static ModelData read(Reader in, String source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        List<List<String>> columns = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header == null) {
                    header = new ArrayList<>(record.toList());
                    // A spreadsheet's UTF-8 byte-order mark would otherwise become part of the first name.
                    if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) header.set(0, header.get(0).substring(1).strip());
                    for (int k = 0; k < header.size(); k++) {
                        String name = header.get(k);
                        if (name.isEmpty()) throw new IllegalArgumentException(source + ":" + line + ": column " + (k + 1) + " has no name");
                        if (header.indexOf(name) != k) throw new IllegalArgumentException(source + ":" + line + ": column '" + name + "' appears twice");
                        columns.add(new ArrayList<>());
                    }
                    continue;
                }
                if (record.size() != header.size()) {
                    throw new IllegalArgumentException(source + ":" + line + ": " + record.size() + " values, but the header has "
                            + header.size() + " columns");
                }
                for (int k = 0; k < record.size(); k++) columns.get(k).add(record.get(k));
                lines.add(line);
            }
        } catch (UncheckedIOException e) {
            throw new IOException(source + ": " + e.getCause().getMessage(), e.getCause());
        }
        if (header == null) throw new IllegalArgumentException(source + ": empty file; expected a header row of variable names");

        ModelData.Builder data = ModelData.builder(source);
        for (int k = 0; k < header.size(); k++) {
            List<String> cells = columns.get(k);
            String name = header.get(k);
            if (!cells.isEmpty() && !CmdStanNumbers.isNumber(cells.get(0))) {
                data.strings(name, cells);
                continue;
            }
            double[] values = new double[cells.size()];
            for (int i = 0; i < values.length; i++) {
                String cell = cells.get(i);
                try {
                    values[i] = CmdStanNumbers.parse(cell);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(source + ":" + lines.get(i) + ", column '" + name + "': "
                            + (cell.isEmpty() ? "empty cell" : "'" + cell + "'") + " is not a number (the column is numeric)");
                }
                if (Double.isNaN(values[i])) {
                    throw new IllegalArgumentException(source + ":" + lines.get(i) + ", column '" + name
                            + "': NaN is not allowed in data");
                }
            }
            data.put(name, values, values.length);
        }
        return data.build();
    }
}
