package org.bayes4j.site;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.diagnostic.DiagnosticProvider;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.SamplerProvider;

/**
 * The reference index of the site as Markdown: every installed family,
 * bijector, sampler, diagnostic and model with its one-line description, read
 * from the components themselves through {@code ServiceLoader}, so plug-ins
 * appear exactly like shipped components.
 */
public final class ReferenceIndex {

    private ReferenceIndex() {}

    public static String markdown() {
        StringBuilder md = new StringBuilder("# bayes4j reference\n");
        section(md, "Distribution families", DistributionFamily.class, DistributionFamily::name,
                f -> f.description() + " Support: `" + f.support().name() + "`.");
        section(md, "Bijectors", BijectorProvider.class, BijectorProvider::name,
                b -> b.description() + " Onto: `" + b.supportDescription() + "`.");
        section(md, "Samplers", SamplerProvider.class, SamplerProvider::name, SamplerProvider::description);
        section(md, "Diagnostics", DiagnosticProvider.class, DiagnosticProvider::name, DiagnosticProvider::description);
        section(md, "Models", ModelProvider.class, ModelProvider::name, ModelProvider::description);
        return md.toString();
    }

    private static <T> void section(StringBuilder md, String title, Class<T> service, Function<T, String> name, Function<T, String> line) {
        List<T> found = ServiceLoader.load(service).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(name)).collect(Collectors.toList());
        md.append("\n## ").append(title).append("\n\n");
        if (found.isEmpty()) md.append("_None installed._\n");
        for (T t : found) md.append("- **`").append(name.apply(t)).append("`**: ").append(line.apply(t)).append('\n');
    }
}
