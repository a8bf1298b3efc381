package org.bayes4j.models.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bayes4j.spi.model.ModelData;

/**
 * Reads a Stan fixture folder copied into the test resources
 * ({@code fixtures/stan/<model>/}): {@code data.json} as {@link ModelData}
 * (numbers as scalars, flat arrays as vectors, nested arrays as row-major matrices), and Stan's posterior summary
 * from {@code result.json}.
 */
public final class StanFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One row of Stan's posterior summary (R {@code posterior} package conventions). */
    public record PosteriorRow(String variable, double mean, double sd, double mcseMean, double essBulk, double q5, double q95) {}

    private final String folder;

    public StanFixture(String model) { this.folder = "fixtures/stan/" + model + "/"; }

    public ModelData data() {
        JsonNode root = read("data.json");
        ModelData.Builder b = ModelData.builder(folder + "data.json");
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                b.scalar(e.getKey(), v.asDouble());
            } else if (v.isArray()) {
                // nested arrays are row-major matrices: [[1, 2], [3, 4]] has shape [2, 2]
                java.util.List<Integer> shape = new java.util.ArrayList<>();
                for (JsonNode n = v; n.isArray(); n = n.get(0)) {
                    shape.add(n.size());
                    if (n.size() == 0) break;
                }
                java.util.List<Double> flat = new java.util.ArrayList<>();
                flatten(v, flat);
                b.put(e.getKey(), flat.stream().mapToDouble(Double::doubleValue).toArray(), shape.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return b.build();
    }

    private static void flatten(JsonNode v, java.util.List<Double> out) {
        if (!v.isArray()) {
            out.add(v.asDouble());
            return;
        }
        for (JsonNode x : v) flatten(x, out);
    }

    /** Stan's summary rows by variable name ({@code alpha[1]} is Stan's first, 1-based). */
    public Map<String, PosteriorRow> posterior() {
        Map<String, PosteriorRow> out = new LinkedHashMap<>();
        for (JsonNode row : read("result.json").get("posterior")) {
            PosteriorRow r = new PosteriorRow(row.get("variable").asText(), row.get("mean").asDouble(), row.get("sd").asDouble(),
                    row.get("mcse_mean").asDouble(), row.get("ess_bulk").asDouble(), row.get("q5").asDouble(), row.get("q95").asDouble());
            out.put(r.variable(), r);
        }
        return out;
    }

    /** The simulation truth ({@code truth.json}) by name. */
    public Map<String, double[]> truth() {
        Map<String, double[]> out = new LinkedHashMap<>();
        JsonNode root = read("truth.json");
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                double[] values = new double[v.size()];
                for (int i = 0; i < values.length; i++) values[i] = v.get(i).asDouble();
                out.put(e.getKey(), values);
            } else {
                out.put(e.getKey(), new double[] {v.asDouble()});
            }
        }
        return out;
    }

    private JsonNode read(String file) {
        try {
            return JSON.readTree(RepositoryFiles.resource(folder + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
