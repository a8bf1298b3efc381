package org.bayes4j.spi.diagnostic;

import java.util.Map;

/**
 * Compares models by their pointwise elpd ({@code ServiceLoader} service), as
 * {@code loo::loo_compare} and {@code loo::loo_model_weights}.
 *
 * <p><b>Laws.</b> Differences and their SEs agree with {@code loo} to about 1e-6
 * relative; stacking weights (an optimum) to about 1e-4; weights are non-negative
 * and sum to one; equal inputs give equal weights. All vectors must have the same
 * length (the same observations), else the error names the models.
 */
public interface ModelComparer {

    /**
     * @param pointwiseElpd model name to its pointwise elpd (e.g. {@link LooResult#pointwiseElpdLoo()}),
     *                      at least two models
     */
    ComparisonResult compare(Map<String, double[]> pointwiseElpd);
}
