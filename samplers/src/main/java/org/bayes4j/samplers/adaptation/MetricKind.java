package org.bayes4j.samplers.adaptation;

/**
 * What warm-up estimates for the metric: nothing (unit metric, step size only),
 * the posterior variances (diagonal metric) or the full covariance (dense metric).
 */
public enum MetricKind {
    UNIT, DIAG, DENSE;

    /** From {@link org.bayes4j.spi.sampler.SamplerConfig#metric()}: {@code unit}, {@code diag} or {@code dense}. */
    public static MetricKind of(String name) {
        return switch (name) {
            case "unit" -> UNIT;
            case "diag" -> DIAG;
            case "dense" -> DENSE;
            default -> throw new IllegalArgumentException("metric is '" + name + "', but must be unit, diag or dense");
        };
    }
}
