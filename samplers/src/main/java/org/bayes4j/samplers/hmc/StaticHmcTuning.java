package org.bayes4j.samplers.hmc;

import org.bayes4j.samplers.metric.Metric;

/**
 * Tuning of static HMC: the number of leapfrog steps is
 * $L = \max(1, \lfloor T/\epsilon\rfloor)$ for integration time $T$ (Stan's {@code static_hmc}).
 *
 * @param stepSize        $\epsilon > 0$
 * @param metric          Euclidean metric
 * @param integrationTime $T > 0$ (Stan's default $2\pi$)
 */
public record StaticHmcTuning(double stepSize, Metric metric, double integrationTime) implements HamiltonianTuning<StaticHmcTuning> {

    public StaticHmcTuning {
        if (!(stepSize > 0) || Double.isInfinite(stepSize)) {
            throw new IllegalArgumentException("hmc: step size is " + stepSize + ", but must be finite and positive");
        }
        if (!(integrationTime > 0) || Double.isInfinite(integrationTime)) {
            throw new IllegalArgumentException("hmc: integration time is " + integrationTime + ", but must be finite and positive");
        }
    }

    /** $L = \max(1, \lfloor T/\epsilon\rfloor)$, capped at $2^{20}$ steps. */
    public int numSteps() {
        double l = Math.floor(integrationTime / stepSize);
        return (int) Math.max(1, Math.min(l, 1 << 20));
    }

    @Override public StaticHmcTuning withStepSize(double s) { return new StaticHmcTuning(s, metric, integrationTime); }

    @Override public StaticHmcTuning withMetric(Metric m) { return new StaticHmcTuning(stepSize, m, integrationTime); }
}
