package org.bayes4j.samplers.hmc;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
import org.bayes4j.samplers.integrator.PhasePoint;
import org.bayes4j.samplers.metric.Metric;

/**
 * Heuristic initial step size (Stan's {@code init_stepsize}; Hoffman &amp; Gelman
 * 2014, Alg. 4). From position $q$, draw a momentum and take one leapfrog step of
 * size $\epsilon$; if the acceptance ratio $e^{H_0 - H}$ is above 0.8, keep doubling
 * $\epsilon$ until it is not, otherwise keep halving until it is, with a fresh
 * momentum for every trial. The result is of the right order of magnitude for dual
 * averaging to refine.
 *
 * <p>Errors: "posterior is improper" when $\epsilon$ exceeds $10^7$, "no acceptably
 * small step size" when it underflows to 0 (Stan's messages).
 */
public final class StepSizeSearch {

    private static final double LOG_TARGET = Math.log(0.8);

    private final LeapfrogIntegrator integrator;
    private final PhasePoint z;

    public StepSizeSearch(LeapfrogIntegrator integrator) {
        this.integrator = integrator;
        this.z = new PhasePoint(integrator.density().dimension());
    }

    /** The heuristic step size at {@code position}, starting from {@code stepSize}. */
    public double search(UniformRandomProvider rng, double[] position, double stepSize, Metric metric) {
        if (stepSize == 0 || stepSize > 1e7 || Double.isNaN(stepSize)) return stepSize;
        NormalizedGaussianSampler gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        double deltaH = trial(gaussian, position, stepSize, metric);
        int direction = deltaH > LOG_TARGET ? 1 : -1;
        while (true) {
            deltaH = trial(gaussian, position, stepSize, metric);
            if (direction == 1 && !(deltaH > LOG_TARGET)) break;
            if (direction == -1 && !(deltaH < LOG_TARGET)) break;
            stepSize = direction == 1 ? 2 * stepSize : 0.5 * stepSize;
            if (stepSize > 1e7) {
                throw new IllegalStateException("step size search: step size grew past 1e7 with acceptance still above 0.8; "
                        + "the posterior is improper, please check the model");
            }
            if (stepSize == 0) {
                throw new IllegalStateException("step size search: no acceptably small step size could be found; "
                        + "perhaps the posterior is not continuous");
            }
        }
        return stepSize;
    }

    /** $H_0 - H$ after one leapfrog step from {@code position} with a fresh momentum. */
    private double trial(NormalizedGaussianSampler gaussian, double[] position, double stepSize, Metric metric) {
        System.arraycopy(position, 0, z.position, 0, position.length);
        metric.sampleMomentum(gaussian, z.momentum);
        integrator.evaluate(z);
        double h0 = z.hamiltonian(metric);
        integrator.step(z, metric, stepSize);
        return h0 - z.hamiltonian(metric);
    }
}
