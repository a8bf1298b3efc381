package org.bayes4j.cli.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.bayes4j.spi.model.ModelData;

/**
 * Reads a data file by its kind: {@code .json} as Stan-style JSON,
 * {@code .csv} as a column-per-variable table; any other name is judged by
 * its first non-blank character ({@code &#123;} means JSON).
 */
public final class DataFiles {

    private DataFiles() {}

    public static ModelData read(Path file) throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString(), null, "data file not found");
        if (!Files.isReadable(file) || Files.isDirectory(file)) throw new IOException(file + ": not a readable file");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) return StanJsonDataReader.read(file);
        if (name.endsWith(".csv")) return CsvDataReader.read(file);
        return looksLikeJson(file) ? StanJsonDataReader.read(file) : CsvDataReader.read(file);
    }

    private static boolean looksLikeJson(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int c;
            while ((c = in.read()) >= 0) {
                if (!Character.isWhitespace(c)) return c == '{';
            }
            return false;
        }
    }
}
