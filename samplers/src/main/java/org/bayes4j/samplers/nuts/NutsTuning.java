package org.bayes4j.samplers.nuts;

import org.bayes4j.samplers.hmc.HamiltonianTuning;
import org.bayes4j.samplers.metric.Metric;

/**
 * Tuning of the No-U-Turn kernel, handed to every step.
 *
 * @param stepSize     leapfrog step size $\epsilon > 0$
 * @param metric       Euclidean metric (its inverse is the momentum precision)
 * @param maxTreeDepth maximum number of doublings (trajectory length at most $2^{depth}$ steps)
 */
public record NutsTuning(double stepSize, Metric metric, int maxTreeDepth) implements HamiltonianTuning<NutsTuning> {

    public NutsTuning {
        if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
            throw new IllegalArgumentException("nuts: step size is " + stepSize + ", but must be finite and positive");
        }
        if (maxTreeDepth < 1) throw new IllegalArgumentException("nuts: max tree depth is " + maxTreeDepth + ", but must be >= 1");
    }

    @Override public NutsTuning withStepSize(double s) { return new NutsTuning(s, metric, maxTreeDepth); }

    @Override public NutsTuning withMetric(Metric m) { return new NutsTuning(stepSize, m, maxTreeDepth); }
}
