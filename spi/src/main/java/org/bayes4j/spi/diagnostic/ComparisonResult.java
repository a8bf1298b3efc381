package org.bayes4j.spi.diagnostic;

import java.util.List;
import java.util.Map;

/**
 * Comparison of several models fitted to the same observations, as
 * {@code loo::loo_compare} and {@code loo::loo_model_weights} (Vehtari, Gelman and
 * Gabry 2017; Yao, Vehtari, Simpson and Gelman 2018).
 *
 * @param order              model names, best (highest elpd) first
 * @param elpdDiff           per model in {@code order}: its elpd minus the best's (0 for the best)
 * @param seDiff             per model in {@code order}: {@code sqrt(N) sd(pointwise differences)} (0 for the best)
 * @param stackingWeights    by model name: weights maximising the leave-one-out log score of the mixture
 * @param pseudoBmaWeights   by model name: {@code exp(elpd_k) / sum_j exp(elpd_j)}
 * @param pseudoBmaPlusWeights by model name: pseudo-BMA with Bayesian-bootstrap regularisation (seeded)
 */
public record ComparisonResult(List<String> order, double[] elpdDiff, double[] seDiff, Map<String, Double> stackingWeights,
                               Map<String, Double> pseudoBmaWeights, Map<String, Double> pseudoBmaPlusWeights) {
    public ComparisonResult {
        order = List.copyOf(order);
        elpdDiff = elpdDiff.clone();
        seDiff = seDiff.clone();
        stackingWeights = Map.copyOf(stackingWeights);
        pseudoBmaWeights = Map.copyOf(pseudoBmaWeights);
        pseudoBmaPlusWeights = Map.copyOf(pseudoBmaPlusWeights);
    }

    @Override public double[] elpdDiff() { return elpdDiff.clone(); }

    @Override public double[] seDiff() { return seDiff.clone(); }
}
