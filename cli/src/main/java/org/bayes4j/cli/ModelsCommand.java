package org.bayes4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.ModelProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bayes4j models}: every installed model with its description,
 * references, the data it reads (name, type, shape, meaning), its parameters
 * (the free variables of the model built on its default data, with shapes and
 * dims), whether {@code bayes4j kfold} can cross-validate it and by which
 * groupings, the parameters validation checks and the default sizes of
 * simulated data. {@code --json} prints the same as {@code {"models": [...]}};
 * a model that cannot be built on its default data is listed with the reason
 * ({@code "error"}) instead of its parameters.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List the installed models and the data each one reads.")
public final class ModelsCommand implements Callable<Integer> {

    @ParentCommand
    Bayes4j parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<ModelProvider> models = parent.services().models();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(json(models));
        } else if (models.isEmpty()) {
            out.println("no models installed (put the bayes4j-models module, or another provider of "
                    + "org.bayes4j.spi.model.ModelProvider, on the module path)");
        } else {
            for (ModelProvider m : models) text(out, m);
        }
        out.flush();
        return 0;
    }

    private static void text(PrintWriter out, ModelProvider m) {
        out.println(m.name());
        out.println("  " + m.description());
        if (!m.references().isEmpty()) {
            out.println("  references:");
            for (String r : m.references()) out.println("    " + r);
        }
        out.println("  data:");
        int nameWidth = m.dataVariables().stream().mapToInt(v -> v.name().length()).max().orElse(0);
        int typeWidth = m.dataVariables().stream().mapToInt(v -> typeAndShape(v).length()).max().orElse(0);
        for (DataVariable v : m.dataVariables()) {
            String type = typeAndShape(v);
            out.println("    " + v.name() + " ".repeat(nameWidth - v.name().length()) + "  " + type
                    + " ".repeat(typeWidth - type.length()) + "  " + v.description());
        }
        ModelFacts facts = ModelFacts.of(m);
        out.println("  parameters: " + (facts.error() != null ? "(cannot build on the default data: " + facts.error() + ")"
                : String.join(", ", facts.parameters().stream().map(ModelFacts.Parameter::text).toList())));
        out.println("  kfold: " + (facts.error() != null ? "(unknown)" : !facts.kfold() ? "not supported"
                : "folds of rows" + (facts.groupings().isEmpty() ? "" : "; --by " + String.join(", ", facts.groupings()))));
        out.println("  checked parameters: " + String.join(", ", m.checkedParameters()));
        StringBuilder sizes = new StringBuilder();
        for (Map.Entry<String, Integer> e : m.defaultSizes().entrySet()) {
            sizes.append(sizes.length() == 0 ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
        }
        out.println("  default sizes: " + (sizes.length() == 0 ? "(none)" : sizes));
        out.println();
    }

    private static String typeAndShape(DataVariable v) {
        return v.type() + " " + v.shape() + (v.required() ? "" : " (optional)");
    }

    static String json(List<ModelProvider> models) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ArrayNode array = root.putArray("models");
        for (ModelProvider m : models) {
            ObjectNode node = array.addObject();
            node.put("name", m.name());
            node.put("description", m.description());
            ArrayNode refs = node.putArray("references");
            m.references().forEach(refs::add);
            ArrayNode data = node.putArray("data");
            for (DataVariable v : m.dataVariables()) {
                ObjectNode d = data.addObject();
                d.put("name", v.name());
                d.put("type", v.type());
                d.put("shape", v.shape());
                d.put("required", v.required());
                d.put("description", v.description());
            }
            ModelFacts facts = ModelFacts.of(m);
            if (facts.error() != null) {
                node.put("error", facts.error());
            } else {
                ArrayNode params = node.putArray("parameters");
                for (ModelFacts.Parameter p : facts.parameters()) {
                    ObjectNode pn = params.addObject();
                    pn.put("name", p.name());
                    ArrayNode shape = pn.putArray("shape");
                    for (int n : p.shape()) shape.add(n);
                    ArrayNode dims = pn.putArray("dims");
                    p.dims().forEach(dims::add);
                }
                ObjectNode kfold = node.putObject("kfold");
                kfold.put("supported", facts.kfold());
                ArrayNode groupings = kfold.putArray("groupings");
                facts.groupings().forEach(groupings::add);
            }
            ArrayNode checked = node.putArray("checked_parameters");
            m.checkedParameters().forEach(checked::add);
            ObjectNode sizes = node.putObject("default_sizes");
            m.defaultSizes().forEach(sizes::put);
        }
        return mapper.writeValueAsString(root) + "\n";
    }
}
