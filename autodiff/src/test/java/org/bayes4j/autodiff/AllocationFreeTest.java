package org.bayes4j.autodiff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

import org.bayes4j.autodiff.fixtures.Fixtures;
import org.bayes4j.autodiff.fixtures.TestModels;
import org.bayes4j.autodiff.fixtures.TestModels.FrogData;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.model.CompiledModel;
import org.junit.jupiter.api.Test;

/**
 * After warm-up, gradient evaluations allocate nothing: 10,000 calls on a
 * 48-tank reed-frog model (and on the layouts model with gathers, a matrix
 * product and a materialised broadcast) allocate less than 4 KB in total, as
 * counted by the JVM's per-thread allocation counter (a few hundred bytes may
 * come from the counter itself). Counting bytes, not time, keeps the test
 * deterministic.
 */
class AllocationFreeTest {

    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return bean.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static void assertAllocationFree(CompiledModel model, String what) {
        long allocated = allocationOf10000Evaluations(model.newEvaluator(), model.dimension());
        assertTrue(allocated < 4096, what + ": 10,000 evaluations allocated " + allocated + " bytes");
    }

    /** Bytes allocated by 10,000 gradient and 10,000 value evaluations after 20,000 warm-up calls. */
    private static long allocationOf10000Evaluations(LogDensity density, int dimension) {
        double[] theta = new double[dimension];
        for (int i = 0; i < theta.length; i++) theta[i] = 0.1 * Math.sin(i + 1);
        double[] grad = new double[theta.length];
        double sink = 0;
        for (int i = 0; i < 20_000; i++) sink += density.logDensityGradient(theta, grad);
        long before = allocatedBytes();
        for (int i = 0; i < 10_000; i++) {
            theta[i % theta.length] += 1e-9;
            sink += density.logDensityGradient(theta, grad);
            sink += density.logDensity(theta);
        }
        long allocated = allocatedBytes() - before;
        assertTrue(Double.isFinite(sink));
        return allocated;
    }

    @Test void reedFrogsGradientAllocatesNothing() {
        assertAllocationFree(Fixtures.compile(TestModels.reedFrogs(FrogData.simulate(48, 7), true)), "reed frogs (48 tanks)");
    }

    /** The check can fail: an evaluator that allocates one small array per call is caught. */
    @Test void allocatingEvaluatorIsCaught() {
        CompiledModel model = Fixtures.compile(TestModels.reedFrogs(FrogData.simulate(4, 7), true));
        LogDensity inner = model.newEvaluator();
        LogDensity allocating = new LogDensity() {
            @Override public int dimension() { return inner.dimension(); }
            @Override public double logDensity(double[] theta) { return inner.logDensity(theta.clone()); }
            @Override public double logDensityGradient(double[] theta, double[] grad) { return inner.logDensityGradient(theta.clone(), grad); }
        };
        long allocated = allocationOf10000Evaluations(allocating, model.dimension());
        assertTrue(allocated >= 4096, "an evaluator copying theta on every call allocated only " + allocated + " bytes");
    }

    @Test void layoutsGradientAllocatesNothing() {
        assertAllocationFree(Fixtures.compile(TestModels.layouts(4, 3, 30, 8)), "layouts");
    }
}
