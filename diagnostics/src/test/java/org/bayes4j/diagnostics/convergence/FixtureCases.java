package org.bayes4j.diagnostics.convergence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Loads every JSON fixture of a folder under the test resources {@code fixtures/}. */
public final class FixtureCases {

    private FixtureCases() {}

    public static List<Path> files(String folder) {
        try {
            Path dir = Paths.get(FixtureCases.class.getResource("/fixtures/" + folder).toURI());
            try (Stream<Path> s = Files.list(dir)) {
                return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode read(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JSON number, or NaN for {@code null} (R's NA). */
    public static double number(JsonNode n) { return n == null || n.isNull() ? Double.NaN : n.asDouble(); }

    public static double[] vector(JsonNode n) {
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) v[i] = number(n.get(i));
        return v;
    }

    public static double[][] matrix(JsonNode n) {
        double[][] m = new double[n.size()][];
        for (int i = 0; i < m.length; i++) m[i] = vector(n.get(i));
        return m;
    }
}
