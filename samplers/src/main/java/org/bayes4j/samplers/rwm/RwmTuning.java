package org.bayes4j.samplers.rwm;

import org.bayes4j.samplers.hmc.HamiltonianTuning;
import org.bayes4j.samplers.metric.Metric;

/**
 * Tuning of random-walk Metropolis: proposals $q^* = q + s\,\xi$ with
 * $\xi\sim N(0, \Sigma)$, $\Sigma$ the metric's inverse (so the windowed
 * adaptation that estimates a metric for HMC estimates the proposal shape here)
 * and $s$ the scale, tuned like a step size.
 *
 * @param stepSize the scale $s > 0$
 * @param metric   $\Sigma = M^{-1}$
 */
public record RwmTuning(double stepSize, Metric metric) implements HamiltonianTuning<RwmTuning> {

    public RwmTuning {
        if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
            throw new IllegalArgumentException("rwm: proposal scale is " + stepSize + ", but must be finite and positive");
        }
    }

    @Override public RwmTuning withStepSize(double s) { return new RwmTuning(s, metric); }

    @Override public RwmTuning withMetric(Metric m) { return new RwmTuning(stepSize, m); }
}
