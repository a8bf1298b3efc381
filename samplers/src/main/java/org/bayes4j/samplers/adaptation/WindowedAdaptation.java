package org.bayes4j.samplers.adaptation;

import org.bayes4j.samplers.hmc.HamiltonianTuning;
import org.bayes4j.samplers.metric.DenseMetric;
import org.bayes4j.samplers.metric.DiagonalMetric;
import org.bayes4j.samplers.metric.Metric;
import org.bayes4j.spi.adaptation.Adaptation;
import org.bayes4j.spi.sampler.ChainState;
import org.bayes4j.spi.sampler.Transition;

/**
 * Stan's warm-up for Hamiltonian kernels: the step size follows
 * {@link DualAveragingStepSize} on every iteration; inside the slow windows of a
 * {@link WindowSchedule} the positions feed a {@link WelfordVariance} (diagonal
 * metric) or {@link WelfordCovariance} (dense metric), and at each window's end
 * the inverse metric becomes the regularised estimate, the step size is searched
 * afresh by the {@link StepSizeHeuristic} from the current one, and dual averaging
 * restarts around $\mu = \log(10\epsilon)$. After warm-up the step size is frozen at
 * $e^{\bar x}$.
 *
 * <p>As in Stan, the first shrinkage point is $\mu = \log(10\epsilon_0)$ with
 * $\epsilon_0$ the configured initial step size (1 by default), not the heuristic's.
 *
 * <p>Reference: Stan Reference Manual, "Automatic parameter tuning"; Stan
 * {@code adapt_diag_e_nuts}, {@code adapt_dense_e_nuts}.
 *
 * @param <P> the kernel's tuning
 */
public final class WindowedAdaptation<P extends HamiltonianTuning<P>> implements Adaptation<WindowedAdaptation.State<P>, P> {

    /**
     * Immutable adaptation state.
     *
     * @param iteration  warm-up iterations observed so far
     * @param stepSize   dual-averaging state
     * @param variance   running variance (diag metric), else null
     * @param covariance running covariance (dense metric), else null
     * @param tuning     tuning for the next iteration
     */
    public record State<P>(int iteration, DualAveragingStepSize stepSize, WelfordVariance variance,
                           WelfordCovariance covariance, P tuning) {}

    private final WindowSchedule schedule;
    private final double targetAccept;
    private final MetricKind kind;
    private final StepSizeHeuristic heuristic;

    public WindowedAdaptation(WindowSchedule schedule, double targetAccept, MetricKind kind, StepSizeHeuristic heuristic) {
        this.schedule = schedule;
        this.targetAccept = targetAccept;
        this.kind = kind;
        this.heuristic = heuristic;
    }

    public WindowSchedule schedule() { return schedule; }

    @Override public State<P> start(ChainState initial, P initialTuning) {
        int d = initial.position().length;
        double eps = heuristic.search(initial.position(), initialTuning.stepSize(), initialTuning.metric());
        DualAveragingStepSize dual = DualAveragingStepSize.stan(targetAccept, initialTuning.stepSize());
        dual = new DualAveragingStepSize(dual.target(), dual.gamma(), dual.t0(), dual.kappa(), dual.mu(), 0, 0, Math.log(eps), 0);
        return new State<>(0, dual,
                kind == MetricKind.DIAG ? WelfordVariance.empty(d) : null,
                kind == MetricKind.DENSE ? WelfordCovariance.empty(d) : null,
                initialTuning.withStepSize(eps));
    }

    @Override public State<P> observe(State<P> state, Transition<?> transition) {
        int i = state.iteration();
        DualAveragingStepSize dual = state.stepSize().learn(transition.stats().acceptStat());
        P tuning = state.tuning().withStepSize(dual.stepSize());
        WelfordVariance variance = state.variance();
        WelfordCovariance covariance = state.covariance();
        if (kind == MetricKind.UNIT || !schedule.isInWindow(i)) return new State<>(i + 1, dual, variance, covariance, tuning);

        double[] q = transition.next().position();
        if (variance != null) variance = variance.add(q);
        if (covariance != null) covariance = covariance.add(q);
        if (schedule.isWindowEnd(i)) {
            int d = q.length;
            Metric metric = variance != null
                    ? new DiagonalMetric(variance.regularisedVariance())
                    : new DenseMetric(d, covariance.regularisedCovariance());
            variance = variance != null ? WelfordVariance.empty(d) : null;
            covariance = covariance != null ? WelfordCovariance.empty(d) : null;
            double eps = heuristic.search(q, tuning.stepSize(), metric);
            dual = dual.restart(eps);
            tuning = tuning.withMetric(metric).withStepSize(eps);
        }
        return new State<>(i + 1, dual, variance, covariance, tuning);
    }

    @Override public P currentTuning(State<P> state) { return state.tuning(); }

    @Override public P finalTuning(State<P> state) {
        return state.tuning().withStepSize(state.stepSize().finalStepSize());
    }
}
