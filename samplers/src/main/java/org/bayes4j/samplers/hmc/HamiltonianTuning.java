package org.bayes4j.samplers.hmc;

import org.bayes4j.samplers.metric.Metric;

/**
 * What warm-up tunes in a Hamiltonian kernel: the leapfrog step size and the
 * metric. Tunings are immutable; the {@code with} methods return new ones.
 *
 * @param <T> the concrete tuning record
 */
public interface HamiltonianTuning<T extends HamiltonianTuning<T>> {

    double stepSize();

    Metric metric();

    T withStepSize(double stepSize);

    T withMetric(Metric metric);
}
