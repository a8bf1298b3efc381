package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.ToDoubleFunction;

import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The ordered families take a fast path when one cutpoint vector is shared by the whole batch (stride 0):
 * ordering checked once, per-category gap terms precomputed, cutpoint adjoints summed locally. Law: it agrees
 * with the general path (the same cutpoints repeated per observation) in the total, the pointwise values, the
 * partials of eta and the batch sum of the cutpoint partials, to 1e-12 relative. Inputs are seeded: 1 to 6
 * cutpoints, batches of 2 to 60, gaps from 1e-9 (nearly equal cutpoints) to 30, latent locations up to 30 beyond
 * a cutpoint, some outcomes outside the support and some unordered cutpoint vectors. Two deliberately broken fast
 * paths (stale gap terms, cutpoint adjoints added twice) are caught by the same comparison.
 */
class OrderedSharedCutpointsTest {

    private static final int CASES = 300;

    /** One batch: outcomes {@code y}, locations {@code eta}, and the cutpoints shared by every observation. */
    private record Batch(double[] y, double[] eta, double[] cut) {}

    private static Batch draw(Gen gen) {
        int m = gen.integer(1, 6), n = gen.integer(2, 60);
        double[] cut = new double[m];
        cut[0] = gen.real(-5, 5);
        for (int j = 1; j < m; j++) {
            double gap = gen.integer(0, 3) == 0 ? gen.logUniform(1e-9, 1e-3) : gen.real(0.05, gen.bool() ? 3 : 30);
            cut[j] = cut[j - 1] + gap;
        }
        if (m > 1 && gen.integer(0, 19) == 0) {
            int j = gen.integer(1, m - 1);
            cut[j] = cut[j - 1] - gen.real(0, 1); // unordered (or tied): every observation is impossible
        }
        double[] y = new double[n], eta = new double[n];
        for (int b = 0; b < n; b++) {
            double near = cut[gen.integer(0, m - 1)];
            eta[b] = near + (gen.bool() ? gen.real(-4, 4) : (gen.bool() ? -30 : 30) + gen.real(-1, 1));
            y[b] = gen.integer(0, 24) == 0 ? gen.oneOf(new double[] {-1, m + 1, 0.5}) : gen.integer(0, m);
        }
        return new Batch(y, eta, cut);
    }

    /** Operands of the batch, with the cutpoints either broadcast (stride 0) or repeated per observation. */
    private static Operands operands(Batch batch, boolean shared, double[] etaAdjoint, double[] cutAdjoint) {
        int n = batch.y().length, m = batch.cut().length;
        double[] cut = new double[shared ? m : n * m];
        for (int b = 0; b < (shared ? 1 : n); b++) System.arraycopy(batch.cut(), 0, cut, b * m, m);
        return new Operands(n, Operand.of(batch.y().clone(), null, 0, false),
                Operand.of(batch.eta().clone(), etaAdjoint, 0, false), Operand.of(cut, cutAdjoint, 0, shared, m));
    }

    /** Evaluates {@code fast} on the shared layout and the family on the repeated one, and compares everything. */
    private static void assertSharedMatchesGeneral(DistributionFamily family, Batch batch, ToDoubleFunction<Operands> fast) {
        int n = batch.y().length, m = batch.cut().length;
        double[] sharedEta = new double[n], sharedCut = new double[m], sharedPointwise = new double[n];
        double[] generalEta = new double[n], generalCut = new double[n * m], generalPointwise = new double[n];
        Operands shared = operands(batch, true, sharedEta, sharedCut).withPointwise(sharedPointwise);
        Operands general = operands(batch, false, generalEta, generalCut).withPointwise(generalPointwise);
        assertTrue(shared.parameter(1).isBroadcast() && !general.parameter(1).isBroadcast());
        double sharedTotal = fast.applyAsDouble(shared), generalTotal = family.logDensity(general);
        String where = family.name() + " y=" + Arrays.toString(batch.y()) + " eta=" + Arrays.toString(batch.eta())
                + " cut=" + Arrays.toString(batch.cut());
        Tolerance.assertClose(where + ": total", sharedTotal, generalTotal, 1e-12, 0);
        Tolerance.assertClose(where + ": pointwise", sharedPointwise, generalPointwise, 1e-12, 0);
        Tolerance.assertClose(where + ": eta partials", sharedEta, generalEta, 1e-12, 0);
        // the broadcast adjoint is the batch sum of the per-observation ones; the terms of c_j from categories
        // j and j+1 nearly cancel when gaps are tiny, so the tolerance is relative to the sum of magnitudes
        for (int j = 0; j < m; j++) {
            double sum = 0, scale = 0;
            for (int b = 0; b < n; b++) {
                sum += generalCut[b * m + j];
                scale += Math.abs(generalCut[b * m + j]);
            }
            Tolerance.assertClose(where + ": cutpoints[" + j + "] partial", sharedCut[j], sum, 1e-12, 1e-12 * scale);
        }
    }

    private static void sharedMatchesGeneral(DistributionFamily family, ToDoubleFunction<Operands> fast, long seed) {
        Property.forAll(family.name() + " shared cutpoints match the general path", seed, CASES,
                gen -> assertSharedMatchesGeneral(family, draw(gen), fast));
    }

    @Test
    void orderedLogisticSharedCutpointsMatchTheGeneralPath() {
        DistributionFamily family = new OrderedLogisticFamily();
        sharedMatchesGeneral(family, family::logDensity, 71_001L);
    }

    @Test
    void orderedProbitSharedCutpointsMatchTheGeneralPath() {
        DistributionFamily family = new OrderedProbitFamily();
        sharedMatchesGeneral(family, family::logDensity, 71_002L);
    }

    /** A fast path whose precomputed gap terms are stale (cutpoints of a previous evaluation, 1e-6 off) is caught. */
    @Test
    void staleGapTermsAreCaught() {
        for (DistributionFamily family : new DistributionFamily[] {new OrderedLogisticFamily(), new OrderedProbitFamily()}) {
            ToDoubleFunction<Operands> stale = args -> {
                double[] c = args.parameter(1).data();
                double kept = c[c.length - 1];
                c[c.length - 1] = kept + 1e-6; // evaluate with the previous cutpoints, as a cache that was not refreshed
                try {
                    return family.logDensity(args);
                } finally {
                    c[c.length - 1] = kept;
                }
            };
            AssertionError e = assertThrows(AssertionError.class, () -> sharedMatchesGeneral(family, stale, 71_003L), family.name());
            assertTrue(e.getMessage().contains(": total is") || e.getMessage().contains(": pointwise["), e.getMessage());
        }
    }

    /** A fast path that adds its locally summed cutpoint adjoints twice is caught. */
    @Test
    void cutpointAdjointsAddedTwiceAreCaught() {
        for (DistributionFamily family : new DistributionFamily[] {new OrderedLogisticFamily(), new OrderedProbitFamily()}) {
            ToDoubleFunction<Operands> doubled = args -> {
                double[] adjoint = args.parameter(1).adjoint();
                double[] before = adjoint.clone();
                double total = family.logDensity(args);
                for (int j = 0; j < adjoint.length; j++) adjoint[j] += adjoint[j] - before[j];
                return total;
            };
            AssertionError e = assertThrows(AssertionError.class, () -> sharedMatchesGeneral(family, doubled, 71_004L), family.name());
            assertTrue(e.getMessage().contains("partial is"), e.getMessage());
        }
    }
}
