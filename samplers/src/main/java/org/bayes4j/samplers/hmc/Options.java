package org.bayes4j.samplers.hmc;

import org.bayes4j.samplers.metric.DenseMetric;
import org.bayes4j.samplers.metric.DiagonalMetric;
import org.bayes4j.samplers.metric.Metric;
import org.bayes4j.samplers.metric.UnitMetric;
import org.bayes4j.spi.sampler.SamplerConfig;

/** Reading sampler-specific options from {@link SamplerConfig#options()} and the starting metric. */
public final class Options {

    private Options() {}

    /** A positive finite number option, or {@code fallback} when absent. */
    public static double positive(SamplerConfig config, String sampler, String name, double fallback) {
        Object v = config.options().get(name);
        if (v == null) return fallback;
        double x;
        try {
            x = v instanceof Number n ? n.doubleValue() : Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(sampler + ": option " + name + " is '" + v + "', but must be a number");
        }
        if (!(x > 0) || Double.isInfinite(x)) {
            throw new IllegalArgumentException(sampler + ": option " + name + " is " + x + ", but must be finite and positive");
        }
        return x;
    }

    /** Stan's starting metric: identity (unit), ones (diag) or the identity matrix (dense). */
    public static Metric initialMetric(String kind, int d) {
        return switch (kind) {
            case "unit" -> new UnitMetric(d);
            case "diag" -> {
                double[] ones = new double[d];
                java.util.Arrays.fill(ones, 1.0);
                yield new DiagonalMetric(ones);
            }
            case "dense" -> {
                double[] id = new double[d * d];
                for (int i = 0; i < d; i++) id[i * d + i] = 1.0;
                yield new DenseMetric(d, id);
            }
            default -> throw new IllegalArgumentException("metric is '" + kind + "', but must be unit, diag or dense");
        };
    }
}
