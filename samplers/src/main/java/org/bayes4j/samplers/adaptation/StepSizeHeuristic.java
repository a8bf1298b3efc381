package org.bayes4j.samplers.adaptation;

import org.bayes4j.samplers.metric.Metric;

/**
 * A heuristic step-size search the adaptation may call when the metric changes
 * (Stan re-runs {@code init_stepsize} after every metric update). Supplied by
 * the runner, bound to the chain's own integrator and random stream, so the
 * adaptation never sees the kernel.
 */
@FunctionalInterface
public interface StepSizeHeuristic {

    /** A step size of the right magnitude at {@code position} for {@code metric}, searching from {@code stepSize}. */
    double search(double[] position, double stepSize, Metric metric);

    /** No search: keep the step size. */
    StepSizeHeuristic NONE = (position, stepSize, metric) -> stepSize;
}
