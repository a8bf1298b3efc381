package org.bayes4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.ParameterSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bayes4j distributions}: every installed
 * {@link DistributionFamily}, sorted by name, with its description, the
 * support of its value and its parameters in call order (name, the constraint
 * the values must satisfy, event rank: 0 a scalar per event, 1 a vector, 2 a
 * matrix). A plug-in family on the module path is listed with the shipped
 * ones. {@code --json} prints
 * <pre>{@code
 * {"distributions": [{"name": .., "description": .., "support": .., "value_event_rank": ..,
 *                     "parameters": [{"name": .., "constraint": .., "event_rank": .., "description": ..}]}]}
 * }</pre>
 */
@Command(name = "distributions", mixinStandardHelpOptions = true,
        description = "List the installed distribution families with their parameters and supports.")
public final class DistributionsCommand implements Callable<Integer> {

    @ParentCommand
    Bayes4j parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<DistributionFamily> families = parent.services().distributionFamilies();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(json(families));
        } else if (families.isEmpty()) {
            out.println("no distribution families installed (put the bayes4j-distributions module, or another provider of "
                    + "org.bayes4j.spi.distribution.DistributionFamily, on the module path)");
        } else {
            for (DistributionFamily f : families) text(out, f);
        }
        out.flush();
        return 0;
    }

    private static void text(PrintWriter out, DistributionFamily f) {
        out.println(f.name());
        out.println("  " + f.description());
        out.println("  support: " + f.support().name() + rank(f.valueEventRank()));
        out.println("  parameters:");
        int nameWidth = f.parameters().stream().mapToInt(p -> p.name().length()).max().orElse(0);
        int constraintWidth = f.parameters().stream().mapToInt(p -> (p.constraint().name() + rank(p.eventRank())).length()).max().orElse(0);
        for (ParameterSpec p : f.parameters()) {
            String constraint = p.constraint().name() + rank(p.eventRank());
            out.println("    " + p.name() + " ".repeat(nameWidth - p.name().length()) + "  " + constraint
                    + " ".repeat(constraintWidth - constraint.length()) + "  " + p.description());
        }
        out.println();
    }

    /** Nothing for scalars (the common case); {@code (vector)}, {@code (matrix)} or {@code (rank r)} otherwise. */
    private static String rank(int r) {
        return switch (r) {
            case 0 -> "";
            case 1 -> " (vector)";
            case 2 -> " (matrix)";
            default -> " (rank " + r + ")";
        };
    }

    static String json(List<DistributionFamily> families) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode array = root.putArray("distributions");
        for (DistributionFamily f : families) {
            ObjectNode node = array.addObject();
            node.put("name", f.name());
            node.put("description", f.description());
            node.put("support", f.support().name());
            node.put("value_event_rank", f.valueEventRank());
            ArrayNode params = node.putArray("parameters");
            for (ParameterSpec p : f.parameters()) {
                ObjectNode pn = params.addObject();
                pn.put("name", p.name());
                pn.put("constraint", p.constraint().name());
                pn.put("event_rank", p.eventRank());
                pn.put("description", p.description());
            }
        }
        return LooReport.render(root);
    }
}
