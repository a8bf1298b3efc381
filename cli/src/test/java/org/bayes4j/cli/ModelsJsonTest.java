package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.junit.jupiter.api.Test;

/** {@code bayes4j models --json}: data variables, parameters from the default-data build, and K-fold support. */
class ModelsJsonTest {

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode model(JsonNode root, String name) {
        for (JsonNode m : root.get("models")) if (m.get("name").asText().equals(name)) return m;
        throw new AssertionError("no model " + name + " in " + root);
    }

    @Test
    void pluginModelsWithParametersDataAndKfold() throws Exception {
        CommandLineTest.Run r = run(PluginModels.services(), "models", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = JSON.readTree(r.out());
        JsonNode poisson = model(root, "plugin-poisson");
        assertEquals(List.of("name", "description", "references", "data", "parameters", "kfold", "checked_parameters", "default_sizes"),
                LooCommandTest.keys(poisson));
        assertEquals("Gelman and Hill (2007), ch. 6", poisson.get("references").get(0).asText());
        JsonNode site = poisson.get("data").get(2);
        assertEquals("site", site.get("name").asText());
        assertEquals("int", site.get("type").asText());
        assertEquals("[N]", site.get("shape").asText());
        assertTrue(site.get("required").asBoolean());
        assertEquals("site of each row, 0..S-1", site.get("description").asText());
        assertFalse(poisson.get("data").get(3).get("required").asBoolean());
        assertEquals("{\"name\":\"a\",\"shape\":[],\"dims\":[]}", poisson.get("parameters").get(0).toString());
        assertEquals("b", poisson.get("parameters").get(1).get("name").asText());
        assertEquals(2, poisson.get("parameters").size());
        assertEquals("{\"supported\":true,\"groupings\":[\"site\"]}", poisson.get("kfold").toString());

        JsonNode categorical = model(root, "plugin-categorical");
        assertEquals("{\"name\":\"eta\",\"shape\":[3],\"dims\":[\"category\"]}", categorical.get("parameters").get(0).toString());
        assertEquals("{\"supported\":false,\"groupings\":[]}", categorical.get("kfold").toString());

        CommandLineTest.Run text = run(PluginModels.services(), "models");
        assertTrue(text.out().contains("  parameters: eta[category=3]\n  kfold: not supported\n"), text.out());
        assertTrue(text.out().contains("  parameters: a, b\n  kfold: folds of rows; --by site\n"), text.out());
    }

    @Test
    void aModelThatCannotBeBuiltIsListedWithTheReason() throws Exception {
        ServiceLookup services = ServiceLookup.fromServiceLoader().withModels(List.of(new BrokenDefaultData()));
        JsonNode m = JSON.readTree(run(services, "models", "--json").out()).get("models").get(0);
        assertEquals("default: variable 'y' row 1 is -1, but counts must be >= 0", m.get("error").asText());
        assertFalse(m.has("parameters"));
        assertTrue(run(services, "models").out().contains("  parameters: (cannot build on the default data: default: variable 'y'"));
    }

    @Test
    void shippedModelsListTheirParametersAndGroupings() throws Exception {
        JsonNode root = JSON.readTree(run(ServiceLookup.fromServiceLoader(), "models", "--json").out());
        List<String> errors = new ArrayList<>();
        for (JsonNode m : root.get("models")) if (m.has("error")) errors.add(m.get("name").asText() + ": " + m.get("error").asText());
        assertEquals(List.of(), errors, "every shipped model builds on its default data");
        JsonNode frogs = model(root, "reedfrogs");
        List<String> names = new ArrayList<>();
        for (JsonNode p : frogs.get("parameters")) names.add(p.get("name").asText());
        assertEquals(List.of("alpha_bar", "sigma", "alpha"), names);
        assertEquals("[48]", frogs.get("parameters").get(2).get("shape").toString());
        assertEquals("[\"tank\"]", frogs.get("parameters").get(2).get("dims").toString());
        assertTrue(frogs.get("kfold").get("supported").asBoolean());
        assertEquals("[\"tank\",\"density\"]", frogs.get("kfold").get("groupings").toString());
    }

    /** A provider whose own default data fails its checks. */
    static final class BrokenDefaultData implements ModelProvider {
        private final Fakes.CoinModel coin = new Fakes.CoinModel("broken");
        @Override public String name() { return "broken"; }
        @Override public String description() { return "fails on its default data"; }
        @Override public List<String> references() { return List.of(); }
        @Override public List<DataVariable> dataVariables() { return coin.dataVariables(); }
        @Override public List<String> checkedParameters() { return List.of("mu"); }
        @Override public ModelData defaultData() { return ModelData.builder("default").put("y", new int[] {-1}, 1).build(); }
        @Override public Model build(ModelData data) { return coin.build(data); }
        @Override public Map<String, Integer> defaultSizes() { return Map.of(); }
        @Override public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
            throw new UnsupportedOperationException();
        }
    }
}
