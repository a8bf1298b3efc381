package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.model.CompiledModel;

/**
 * Names of a model's pointwise log-likelihood terms, one per observed event, in
 * the order {@link CompiledModel#pointwiseLogLikelihood} writes them. An
 * observed variable of shape $(n_1, \dots, n_r)$ whose family has event rank
 * $e$ contributes $n_1 \cdots n_{r-e}$ events, named by their leading indices:
 * {@code survived[3]} for a binomial count, {@code n[2]} for the third row of
 * a multinomial {@code n[row, category]}, plain {@code n} for a single vector
 * event.
 *
 * <p>The compiled model reports only the total number of events, so the event
 * rank of each variable is recovered as the assignment (preferring scalar
 * events, then one fewer axis at a time, variables in order) whose event
 * counts add up to {@link CompiledModel#pointwiseSize()}. When none does, the
 * terms are named {@code log_lik[0]}, {@code log_lik[1]}, ...
 */
final class ObservationNames {

    private ObservationNames() {}

    static List<String> of(CompiledModel model) {
        List<VariableInfo> observed = model.observed();
        int[] batchRank = new int[observed.size()];
        List<String> names = new ArrayList<>();
        if (assign(observed, 0, model.pointwiseSize(), batchRank)) {
            for (int v = 0; v < observed.size(); v++) names.addAll(eventNames(observed.get(v), batchRank[v]));
        } else {
            for (int i = 0; i < model.pointwiseSize(); i++) names.add("log_lik[" + i + "]");
        }
        return names;
    }

    /** Depth-first search over the batch ranks of variables {@code v, v+1, ...} summing to {@code remaining} events. */
    private static boolean assign(List<VariableInfo> observed, int v, int remaining, int[] batchRank) {
        if (v == observed.size()) return remaining == 0;
        int[] shape = observed.get(v).shape();
        for (int b = shape.length; b >= 0; b--) {
            int events = 1;
            for (int a = 0; a < b; a++) events *= shape[a];
            if (events > remaining) continue;
            batchRank[v] = b;
            if (assign(observed, v + 1, remaining - events, batchRank)) return true;
        }
        return false;
    }

    /** Names of the events of {@code v} indexed by its first {@code batchRank} axes. */
    static List<String> eventNames(VariableInfo v, int batchRank) {
        if (batchRank == 0) return List.of(v.name());
        int[] batch = Arrays.copyOf(v.shape(), batchRank);
        return new VariableInfo(v.name(), batch, v.dimNames().subList(0, batchRank), v.coords().subList(0, batchRank), v.kind())
                .elementNames();
    }
}
