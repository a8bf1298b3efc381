package org.bayes4j.samplers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
import org.bayes4j.samplers.integrator.PhasePoint;
import org.bayes4j.samplers.metric.DiagonalMetric;
import org.bayes4j.samplers.metric.UnitMetric;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * Leapfrog on the harmonic oscillator $H = q^2/2 + p^2/2$: one step is the linear
 * map $\begin{pmatrix}1-\epsilon^2/2 & \epsilon\\ -\epsilon(1-\epsilon^2/4) & 1-\epsilon^2/2\end{pmatrix}$
 * exactly; the exact flow is a rotation; the energy error stays $O(\epsilon^2)$
 * and the map is reversible.
 */
class LeapfrogHarmonicOscillatorTest {

    private static PhasePoint point(LeapfrogIntegrator integrator, double q, double p) {
        PhasePoint z = new PhasePoint(1);
        z.position[0] = q;
        z.momentum[0] = p;
        integrator.evaluate(z);
        return z;
    }

    @Test
    void oneStepIsTheClosedFormLinearMap() {
        LeapfrogIntegrator integrator = new LeapfrogIntegrator(Densities.standardNormal(1));
        Property.forAll("leapfrog = linear map", 11L, 100, gen -> {
            double q = gen.real(-3, 3), p = gen.real(-3, 3), eps = gen.real(0.01, 1.9);
            PhasePoint z = point(integrator, q, p);
            integrator.step(z, new UnitMetric(1), eps);
            double a = 1 - eps * eps / 2;
            assertEquals(a * q + eps * p, z.position[0], 1e-12);
            assertEquals(-eps * (1 - eps * eps / 4) * q + a * p, z.momentum[0], 1e-12);
            assertEquals(-z.position[0], z.gradient[0], 1e-12);
            assertEquals(-0.5 * z.position[0] * z.position[0], z.logDensity, 1e-12);
        });
    }

    @Test
    void trajectoryTracksTheExactRotationWithSecondOrderError() {
        LeapfrogIntegrator integrator = new LeapfrogIntegrator(Densities.standardNormal(1));
        double[] errors = new double[3];
        double[] energyErrors = new double[3];
        double[] steps = {0.1, 0.05, 0.025};
        for (int k = 0; k < 3; k++) {
            double eps = steps[k];
            int n = (int) Math.round(1.0 / eps); // integrate to time 1
            PhasePoint z = point(integrator, 1.0, 0.5);
            double maxEnergy = 0;
            for (int i = 0; i < n; i++) {
                integrator.step(z, new UnitMetric(1), eps);
                maxEnergy = Math.max(maxEnergy, Math.abs(z.hamiltonian(new UnitMetric(1)) - 0.5 * (1 + 0.25)));
            }
            double t = n * eps;
            errors[k] = Math.hypot(z.position[0] - (Math.cos(t) + 0.5 * Math.sin(t)), z.momentum[0] - (-Math.sin(t) + 0.5 * Math.cos(t)));
            energyErrors[k] = maxEnergy;
        }
        for (int k = 0; k < 2; k++) {
            // halving the step divides the global and the energy error by about 4
            assertEquals(4.0, errors[k] / errors[k + 1], 0.2, "global error ratio");
            assertEquals(4.0, energyErrors[k] / energyErrors[k + 1], 0.3, "energy error ratio");
        }
        assertTrue(energyErrors[0] < 0.01, "energy error at eps 0.1 is " + energyErrors[0]);
    }

    @Test
    void energyErrorStaysBoundedOverLongIntegration() {
        LeapfrogIntegrator integrator = new LeapfrogIntegrator(Densities.standardNormal(1));
        PhasePoint z = point(integrator, 2.0, 0.0);
        double h0 = z.hamiltonian(new UnitMetric(1));
        double eps = 0.2, worst = 0;
        for (int i = 0; i < 100_000; i++) {
            integrator.step(z, new UnitMetric(1), eps);
            worst = Math.max(worst, Math.abs(z.hamiltonian(new UnitMetric(1)) - h0));
        }
        // symplectic: the error oscillates at O(eps^2 H), it does not drift
        assertTrue(worst < eps * eps * h0, "worst energy error " + worst);
    }

    @Test
    void negatedStepRetracesTheStep() {
        LeapfrogIntegrator integrator = new LeapfrogIntegrator(Densities.bivariate(1.0, 3.0, 0.6));
        DiagonalMetric metric = new DiagonalMetric(new double[] {0.7, 4.0});
        Property.forAll("leapfrog reversible", 12L, 50, gen -> {
            PhasePoint z = new PhasePoint(2);
            z.position[0] = gen.real(-2, 2);
            z.position[1] = gen.real(-2, 2);
            z.momentum[0] = gen.real(-2, 2);
            z.momentum[1] = gen.real(-2, 2);
            integrator.evaluate(z);
            double[] q0 = z.position.clone(), p0 = z.momentum.clone();
            for (int i = 0; i < 7; i++) integrator.step(z, metric, 0.3);
            for (int i = 0; i < 7; i++) integrator.step(z, metric, -0.3);
            for (int j = 0; j < 2; j++) {
                assertEquals(q0[j], z.position[j], 1e-10);
                assertEquals(p0[j], z.momentum[j], 1e-10);
            }
        });
    }

    @Test
    void diagonalMetricIsTheOscillatorInScaledCoordinates() {
        // target N(0, s^2) with inverse metric s^2 behaves like N(0,1) with unit metric on q/s, p*s
        double s = 3.0;
        LeapfrogIntegrator scaled = new LeapfrogIntegrator(Densities.independent(new double[1], new double[] {s}));
        LeapfrogIntegrator unit = new LeapfrogIntegrator(Densities.standardNormal(1));
        PhasePoint a = point(scaled, s * 0.8, -0.4 / s);
        PhasePoint b = point(unit, 0.8, -0.4);
        for (int i = 0; i < 10; i++) {
            scaled.step(a, new DiagonalMetric(new double[] {s * s}), 0.3);
            unit.step(b, new UnitMetric(1), 0.3);
        }
        assertEquals(b.position[0] * s, a.position[0], 1e-12);
        assertEquals(b.momentum[0] / s, a.momentum[0], 1e-12);
        assertEquals(11, scaled.numGradients(), "one evaluation to start, one per step");
    }
}
