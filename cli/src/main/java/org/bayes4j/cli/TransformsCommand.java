package org.bayes4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bayes4j.spi.bijector.BijectorProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bayes4j transforms}: every installed {@link BijectorProvider},
 * sorted by name, with the constraints it maps unconstrained space onto and
 * its description. A sampler works in $\mathbb{R}^n$; a bijector
 * $x = f(u)$ carries each draw onto a variable's support, and the log
 * absolute Jacobian determinant keeps the density right (Stan Reference
 * Manual, "Constraint transforms"). {@code --json} prints
 * {@code {"transforms": [{"name": .., "support": .., "description": ..}]}}.
 */
@Command(name = "transforms", mixinStandardHelpOptions = true,
        description = "List the installed bijectors (constraint transforms) and the supports they map onto.")
public final class TransformsCommand implements Callable<Integer> {

    @ParentCommand
    Bayes4j parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Override
    public Integer call() {
        List<BijectorProvider> providers = parent.services().bijectorProviders();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(json(providers));
        } else if (providers.isEmpty()) {
            out.println("no transforms installed (put the bayes4j-transforms module, or another provider of "
                    + "org.bayes4j.spi.bijector.BijectorProvider, on the module path)");
        } else {
            int nameWidth = providers.stream().mapToInt(p -> p.name().length()).max().orElse(0);
            int supportWidth = providers.stream().mapToInt(p -> p.supportDescription().length()).max().orElse(0);
            out.println("name" + " ".repeat(Math.max(0, nameWidth - 4)) + "  support" + " ".repeat(Math.max(0, supportWidth - 7))
                    + "  description");
            for (BijectorProvider p : providers) {
                out.println(p.name() + " ".repeat(Math.max(0, Math.max(nameWidth, 4) - p.name().length())) + "  "
                        + p.supportDescription() + " ".repeat(Math.max(0, Math.max(supportWidth, 7) - p.supportDescription().length()))
                        + "  " + p.description());
            }
        }
        out.flush();
        return 0;
    }

    static String json(List<BijectorProvider> providers) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ArrayNode array = root.putArray("transforms");
        for (BijectorProvider p : providers) {
            ObjectNode node = array.addObject();
            node.put("name", p.name());
            node.put("support", p.supportDescription());
            node.put("description", p.description());
        }
        return LooReport.render(root);
    }
}
