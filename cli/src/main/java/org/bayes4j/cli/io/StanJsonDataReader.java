package org.bayes4j.cli.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bayes4j.spi.model.ModelData;

/**
 * Reads a Stan-style JSON data file: one object whose keys are variable
 * names. A number is a scalar; a (nested) array of numbers is an array whose
 * shape is read from the nesting ({@code [[1,2,3],[4,5,6]]} has shape
 * {@code [2, 3]}, stored row-major); a string or an array of strings is a text
 * variable. As in CmdStan, the strings {@code "inf"}, {@code "-inf"} and
 * {@code "NaN"} are accepted for non-finite numbers. Ragged arrays, mixed
 * numbers and text, booleans and nested objects are errors naming the file,
 * the variable and the position.
 *
 * <p>Reference: CmdStan User's Guide, "JSON Format for CmdStan".
 */
public final class StanJsonDataReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StanJsonDataReader() {}

    public static ModelData read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    public static ModelData read(Reader in, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new IllegalArgumentException(source + where + ": not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": expected a JSON object of variables, like {\"N\": 3, \"y\": [1, 2, 3]}");
        }
        ModelData.Builder data = ModelData.builder(source);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            JsonNode value = e.getValue();
            if (isText(value)) {
                data.strings(name, textValues(value, source, name));
            } else if (value.isArray()) {
                List<Integer> shape = new ArrayList<>();
                shapeOf(value, shape);
                List<Double> flat = new ArrayList<>();
                flatten(value, 0, shape, flat, source, name, name);
                data.put(name, flat.stream().mapToDouble(Double::doubleValue).toArray(),
                        shape.stream().mapToInt(Integer::intValue).toArray());
            } else {
                data.scalar(name, number(value, source, name));
            }
        }
        return data.build();
    }

    /** A string, or an array whose first element is a string (not one of the non-finite spellings). */
    private static boolean isText(JsonNode v) {
        if (v.isTextual()) return !CmdStanNumbers.isNumber(v.asText());
        return v.isArray() && v.size() > 0 && v.get(0).isTextual() && !CmdStanNumbers.isNumber(v.get(0).asText());
    }

    private static List<String> textValues(JsonNode v, String source, String name) {
        if (v.isTextual()) return List.of(v.asText());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            JsonNode x = v.get(i);
            if (!x.isTextual()) {
                throw new IllegalArgumentException(source + ": variable '" + name + "'[" + i + "] is " + x
                        + ", but the variable holds text (its first element is a string)");
            }
            out.add(x.asText());
        }
        return out;
    }

    /** The shape, read along the first element at each depth. */
    private static void shapeOf(JsonNode v, List<Integer> shape) {
        while (v.isArray()) {
            shape.add(v.size());
            if (v.size() == 0) return;
            v = v.get(0);
        }
    }

    private static void flatten(JsonNode v, int depth, List<Integer> shape, List<Double> out, String source, String name,
                                String path) {
        if (depth == shape.size()) {
            out.add(number(v, source, path));
            return;
        }
        if (!v.isArray() || v.size() != shape.get(depth)) {
            throw new IllegalArgumentException(source + ": variable '" + name + "' is ragged: " + path + " has "
                    + (v.isArray() ? v.size() + " elements" : "a single value") + ", but the shape read from its first elements is "
                    + shape);
        }
        for (int i = 0; i < v.size(); i++) flatten(v.get(i), depth + 1, shape, out, source, name, path + "[" + i + "]");
    }

    private static double number(JsonNode v, String source, String path) {
        if (v.isNumber()) return v.asDouble();
        if (v.isTextual() && CmdStanNumbers.isNumber(v.asText())) return CmdStanNumbers.parse(v.asText());
        throw new IllegalArgumentException(source + ": " + path + " is " + v + ", but must be a number");
    }
}
