package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.junit.jupiter.api.Test;

/** {@code bayes4j distributions} and {@code bayes4j transforms}: the installed ones, and a plug-in. */
class CatalogueCommandsTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void installedDistributionsAreListedSortedWithParameters() throws Exception {
        CommandLineTest.Run text = run(ServiceLookup.fromServiceLoader(), "distributions");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("\nnormal\n"), text.out());
        assertTrue(text.out().contains("\nbinomial_logit\n"), text.out());
        assertTrue(text.out().matches("(?s).*\\nnormal\\n  [^\\n]+\\n  support: real\\n  parameters:\\n    mu\\s+real\\s.*"), text.out());
        JsonNode root = JSON.readTree(run(ServiceLookup.fromServiceLoader(), "distributions", "--json").out());
        List<String> names = new ArrayList<>();
        for (JsonNode d : root.get("distributions")) names.add(d.get("name").asText());
        assertTrue(names.contains("normal") && names.contains("binomial_logit"), names.toString());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names, "sorted by name");
        JsonNode normal = root.get("distributions").get(names.indexOf("normal"));
        assertEquals(List.of("name", "description", "support", "value_event_rank", "parameters"), LooCommandTest.keys(normal));
        assertEquals("sigma", normal.get("parameters").get(1).get("name").asText());
        assertEquals("positive", normal.get("parameters").get(1).get("constraint").asText());
        assertEquals(0, normal.get("parameters").get(1).get("event_rank").asInt());
    }

    @Test
    void installedTransformsIncludeTheLogBijectorOntoThePositives() throws Exception {
        CommandLineTest.Run text = run(ServiceLookup.fromServiceLoader(), "transforms");
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("name "), text.out());
        assertTrue(text.out().matches("(?s).*\\nlog\\s+[^\\n]*positive[^\\n]*\\n.*"), text.out());
        JsonNode root = JSON.readTree(run(ServiceLookup.fromServiceLoader(), "transforms", "--json").out());
        List<String> names = new ArrayList<>();
        for (JsonNode t : root.get("transforms")) names.add(t.get("name").asText());
        assertTrue(names.contains("log"), names.toString());
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, names, "sorted by name");
        JsonNode log = root.get("transforms").get(names.indexOf("log"));
        assertTrue(log.get("support").asText().contains("positive"), log.toString());
        assertEquals(List.of("name", "support", "description"), LooCommandTest.keys(log));
    }

    /** A family and a bijector from a plug-in appear with nothing registered by hand. */
    @Test
    void pluginsShowUpAndEmptyCataloguesAreExplained() throws Exception {
        ServiceLookup plugins = ServiceLookup.fromServiceLoader().withCatalogue(List.of(new Dirichletish()), List.of(new SoftmaxProvider()));
        CommandLineTest.Run d = run(plugins, "distributions");
        assertEquals("aa_dirichletish\n  a plug-in family\n  support: simplex (vector)\n  parameters:\n"
                + "    alpha  positive (vector)  concentration\n\n", d.out());
        CommandLineTest.Run t = run(plugins, "transforms", "--json");
        JsonNode root = JSON.readTree(t.out());
        assertEquals("softmax", root.get("transforms").get(0).get("name").asText());
        assertEquals("simplex", root.get("transforms").get(0).get("support").asText());
        ServiceLookup none = ServiceLookup.fromServiceLoader().withCatalogue(List.of(), List.of());
        assertTrue(run(none, "distributions").out().startsWith("no distribution families installed"));
        assertTrue(run(none, "transforms").out().startsWith("no transforms installed"));
        assertEquals("{\n  \"distributions\" : [ ]\n}\n", run(none, "distributions", "--json").out());
    }

    static final class Dirichletish implements DistributionFamily {
        @Override public String name() { return "aa_dirichletish"; }
        @Override public String description() { return "a plug-in family"; }
        @Override public List<ParameterSpec> parameters() { return List.of(new ParameterSpec("alpha", new Positive(), 1, "concentration")); }
        @Override public Constraint support() { return new Simplex(); }
        @Override public int valueEventRank() { return 1; }
        @Override public double logDensity(Operands args) { throw new UnsupportedOperationException(); }
        @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
            throw new UnsupportedOperationException();
        }
    }

    static final class SoftmaxProvider implements BijectorProvider {
        @Override public String name() { return "softmax"; }
        @Override public String description() { return "a plug-in bijector"; }
        @Override public String supportDescription() { return "simplex"; }
        @Override public boolean handles(Constraint constraint) { return constraint instanceof Simplex; }
        @Override public Bijector create(Constraint constraint, int[] shape) { throw new UnsupportedOperationException(); }
    }
}
