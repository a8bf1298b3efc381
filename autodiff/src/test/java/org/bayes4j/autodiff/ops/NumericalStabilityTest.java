package org.bayes4j.autodiff.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The stable formulations hold at extreme arguments where the naive formulas overflow or cancel. */
class NumericalStabilityTest {

    @Test void logSumExpShiftsByTheMaximum() {
        double[] x = {1000, 1000}, out = new double[1];
        new LogSumExp(x, null, AxisLayout.whole(2), out, null).forward();
        assertEquals(1000 + Math.log(2), out[0], 1e-12);
        double[] y = {-1000, -1001}, out2 = new double[1];
        new LogSumExp(y, null, AxisLayout.whole(2), out2, null).forward();
        assertEquals(-1000 + Math.log1p(Math.exp(-1)), out2[0], 1e-12);
        double[] z = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}, out3 = new double[1], adj = new double[2];
        LogSumExp k = new LogSumExp(z, adj, AxisLayout.whole(2), out3, new double[] {1});
        k.forward();
        k.backward();
        assertEquals(Double.NEGATIVE_INFINITY, out3[0]);
        assertEquals(0, adj[0]);
    }

    @Test void softmaxOfLargeLogitsIsFinite() {
        double[] x = {1000, 0, -1000}, out = new double[3];
        new Softmax(x, null, AxisLayout.whole(3), out, null).forward();
        assertEquals(1, out[0], 0);
        assertEquals(0, out[2], 0);
        double[] log = new double[3];
        new LogSoftmax(x, null, AxisLayout.whole(3), log, null).forward();
        assertEquals(0, log[0], 1e-12);
        assertEquals(-2000, log[2], 1e-9);
    }

    @Test void logisticTailsKeepRelativeAccuracy() {
        assertEquals(Math.exp(-800), InvLogit.logistic(-800), 0);
        assertTrue(InvLogit.logistic(-800) >= 0);
        assertEquals(1.0, InvLogit.logistic(800), 0);
        assertEquals(-800, LogInvLogit.logLogistic(-800), 1e-12);
        assertEquals(-Math.exp(-40), LogInvLogit.logLogistic(40), 1e-30);
        double[] x = {-800, 800}, xAdj = new double[2], out = new double[2];
        InvLogit k = new InvLogit(x, xAdj, out, new double[] {1, 1});
        k.forward();
        k.backward();
        assertTrue(Double.isFinite(xAdj[0]) && Double.isFinite(xAdj[1]));
        double[] ll = new double[2], llAdj = new double[2];
        LogInvLogit l = new LogInvLogit(x, llAdj, ll, new double[] {1, 1});
        l.forward();
        l.backward();
        assertEquals(1.0, llAdj[0], 1e-15);
        assertEquals(0.0, llAdj[1], 1e-300);
    }

    @Test void powOfZeroHasAFiniteExponentPartial() {
        double[] a = {0}, b = {2}, bAdj = new double[1], out = new double[1];
        int[] id = {0};
        Pow k = new Pow(a, null, id, b, bAdj, id, out, new double[] {1});
        k.forward();
        k.backward();
        assertEquals(0, out[0]);
        assertEquals(0, bAdj[0]);
    }
}
