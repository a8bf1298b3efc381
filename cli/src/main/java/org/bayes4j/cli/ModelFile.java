package org.bayes4j.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One {@code NAME=FILE} argument of {@code bayes4j compare}: a model's name
 * and its log-likelihood file. The name is what the comparison table shows.
 */
record ModelFile(String name, Path file) {

    /** Parses {@code NAME=FILE}; the message names the argument and the expected form. */
    static ModelFile parse(String argument) {
        int eq = argument.indexOf('=');
        if (eq <= 0 || eq == argument.length() - 1) {
            throw new IllegalArgumentException("'" + argument + "' is not NAME=FILE (for example: pooled=pooled_loglik.csv)");
        }
        String name = argument.substring(0, eq).strip();
        String file = argument.substring(eq + 1).strip();
        if (name.isEmpty() || file.isEmpty()) {
            throw new IllegalArgumentException("'" + argument + "' is not NAME=FILE (for example: pooled=pooled_loglik.csv)");
        }
        return new ModelFile(name, Path.of(file));
    }

    /** Parses every argument; two models with one name are an error naming it. */
    static List<ModelFile> parseAll(List<String> arguments) {
        List<ModelFile> models = arguments.stream().map(ModelFile::parse).toList();
        Set<String> seen = new HashSet<>();
        for (ModelFile m : models) {
            if (!seen.add(m.name())) {
                throw new IllegalArgumentException("model name '" + m.name() + "' is given twice; each model needs its own name");
            }
        }
        return models;
    }
}
