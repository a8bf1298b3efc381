package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The per-call-site cache of multinomial coefficients ({@link CountCoefficients}) is invisible: on one
 * reused {@code Operands} (one call site, as the model compiler builds them), over a sequence of
 * evaluations where the counts and $n$ stay put, are rewritten in place, or are swapped for new arrays,
 * every family's total, pointwise values and partials equal those of a fresh family on a fresh call
 * site, to $10^{-12}$ relative. The check catches a cache that never invalidates, at the level of the
 * coefficients and at the level of a family; two threads evaluating one family instance on their own
 * call sites get their own right values; and evaluation allocates nothing after the first call.
 */
class MultinomialCoefficientCacheTest {

    /** The four families whose log density carries the multinomial coefficient, and how to draw their parameters. */
    private enum Kind {
        MULTINOMIAL(MultinomialFamily::new), LOGIT(MultinomialLogitFamily::new), MASKED(MultinomialLogitMaskedFamily::new),
        DIRICHLET(DirichletMultinomialFamily::new);

        final Supplier<DistributionFamily> make;

        Kind(Supplier<DistributionFamily> make) { this.make = make; }

        /** Row b's vector parameter: a simplex, logits (some of magnitude 30) or concentrations. */
        void drawParameter(Gen gen, double[] theta, int from, int k) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                switch (this) {
                    case MULTINOMIAL -> sum += theta[from + j] = gen.real(0.05, 1);
                    case DIRICHLET -> theta[from + j] = gen.logUniform(0.1, 20);
                    default -> theta[from + j] = gen.integer(0, 5) == 0 ? (gen.bool() ? 30 : -30) : 3 * gen.normal();
                }
            }
            if (this == MULTINOMIAL) for (int j = 0; j < k; j++) theta[from + j] /= sum;
        }
    }

    /** The buffers of one call site: counts, n (one value broadcast, or one per row), the vector parameter with its adjoint, the mask. */
    private static final class Site {
        final Kind kind;
        final int batch, k;
        double[] y, n;
        final double[] theta, adjoint, mask, pointwise;
        final Operand yOperand = new Operand(), nOperand = new Operand(), thetaOperand, maskOperand;
        final Operands args;

        Site(Kind kind, int batch, int k, boolean broadcastN) {
            this.kind = kind;
            this.batch = batch;
            this.k = k;
            y = new double[batch * k];
            n = new double[broadcastN ? 1 : batch];
            theta = new double[batch * k];
            adjoint = new double[batch * k];
            mask = new double[batch * k];
            pointwise = new double[batch];
            Arrays.fill(mask, 1);
            pointCounts();
            thetaOperand = Operand.of(theta, adjoint, 0, false, k);
            maskOperand = Operand.of(mask, null, 0, false, k);
            args = new Operands(batch, yOperand, kind == Kind.MASKED ? new Operand[] {nOperand, thetaOperand, maskOperand}
                    : new Operand[] {nOperand, thetaOperand}, Map.of()).withPointwise(pointwise);
        }

        /** (Re-)points the count operands at the current arrays, as a data swap with new arrays would. */
        void pointCounts() {
            yOperand.point(y, null, 0, false, k);
            nOperand.point(n, null, 0, n.length == 1);
        }

        double n(int b) { return n[n.length == 1 ? 0 : b]; }

        /** New counts in place: n, a mask (masked only) and counts of the available categories summing to n; some rows off the support. */
        void drawCounts(Gen gen) {
            drawCounts(gen, gen.integer(0, 5) == 0 ? 3000 : 25); // beyond the log-factorial table (2048 trials) now and then
        }

        void drawCounts(Gen gen, int maxN) {
            for (int i = 0; i < n.length; i++) n[i] = gen.integer(0, maxN);
            for (int b = 0; b < batch; b++) drawRow(gen, b);
        }

        void drawRow(Gen gen, int b) {
            int from = b * k, last = -1;
            if (kind == Kind.MASKED) {
                for (int j = 0; j < k; j++) mask[from + j] = gen.integer(0, 2) > 0 ? 1 : 0;
                mask[from + gen.integer(0, k - 1)] = 1;
            }
            for (int j = 0; j < k; j++) if (mask[from + j] == 1) last = j;
            double remaining = n(b);
            for (int j = 0; j < k; j++) {
                double c = mask[from + j] == 0 ? 0 : j == last ? remaining : gen.integer(0, (int) remaining);
                y[from + j] = c;
                remaining -= c;
            }
            if (gen.integer(0, 9) == 0) y[from + gen.integer(0, k - 1)] += 1; // off the support: -inf (or a structural zero)
        }

        void drawParameters(Gen gen) {
            for (int b = 0; b < batch; b++) kind.drawParameter(gen, theta, b * k, k);
        }

        /** Evaluates {@code family} on this call site: the total, then the pointwise values and partials are left in the buffers. */
        double evaluate(DistributionFamily family) {
            Arrays.fill(adjoint, 0);
            Arrays.fill(pointwise, Double.NaN);
            return family.logDensity(args);
        }

        /** A fresh family on a fresh call site over copies of the current values. */
        Result fresh() {
            double[] freshAdjoint = new double[batch * k], freshPointwise = new double[batch];
            Operand[] parameters = {Operand.of(n.clone(), null, 0, n.length == 1), Operand.of(theta.clone(), freshAdjoint, 0, false, k),
                Operand.of(mask.clone(), null, 0, false, k)};
            Operands call = new Operands(batch, Operand.of(y.clone(), null, 0, false, k),
                    kind == Kind.MASKED ? parameters : Arrays.copyOf(parameters, 2), Map.of()).withPointwise(freshPointwise);
            return new Result(kind.make.get().logDensity(call), freshPointwise, freshAdjoint);
        }

        Result current(double total) { return new Result(total, pointwise.clone(), adjoint.clone()); }
    }

    private record Result(double total, double[] pointwise, double[] adjoint) {
        void assertEquals(String what, Result expected) {
            Tolerance.assertClose(what + ": total", total, expected.total, 1e-12, 0);
            Tolerance.assertClose(what + ": pointwise", pointwise, expected.pointwise, 1e-12, 0);
            Tolerance.assertClose(what + ": partials", adjoint, expected.adjoint, 1e-12, 0);
        }
    }

    /**
     * The property: 150 seeded call sites of {@code kind}, each evaluated 12 times by one instance from
     * {@code family}; between evaluations the parameters are redrawn and the counts are kept, rewritten
     * in place (every row or one row), swapped for new arrays, or restored to an earlier set.
     */
    private static void assertCachedEqualsFresh(Kind kind, Supplier<DistributionFamily> family) {
        Property.forAll(kind + " on a reused call site equals a fresh evaluation", 0x6C0E + kind.ordinal(), 150, gen -> {
            Site site = new Site(kind, gen.integer(1, 6), gen.integer(1, 5), gen.bool());
            DistributionFamily reused = family.get();
            site.drawCounts(gen);
            double[] firstY = site.y.clone(), firstN = site.n.clone(), firstMask = site.mask.clone();
            for (int step = 0; step < 12; step++) {
                String change = step == 0 ? "first call" : gen.oneOf("kept", "kept", "rewritten", "one row", "new arrays", "restored");
                switch (change) {
                    case "rewritten" -> site.drawCounts(gen);
                    case "one row" -> site.drawRow(gen, gen.integer(0, site.batch - 1));
                    case "new arrays" -> {
                        site.y = site.y.clone();
                        site.n = site.n.clone();
                        site.drawCounts(gen);
                        site.pointCounts();
                    }
                    case "restored" -> {
                        System.arraycopy(firstY, 0, site.y, 0, firstY.length);
                        System.arraycopy(firstN, 0, site.n, 0, firstN.length);
                        System.arraycopy(firstMask, 0, site.mask, 0, firstMask.length);
                    }
                    default -> { }
                }
                site.drawParameters(gen);
                site.current(site.evaluate(reused)).assertEquals("step " + step + " (counts " + change + "), y=" + Arrays.toString(site.y)
                        + ", n=" + Arrays.toString(site.n), site.fresh());
            }
        });
    }

    @Test
    void multinomialOnAReusedCallSiteEqualsAFreshEvaluation() { assertCachedEqualsFresh(Kind.MULTINOMIAL, Kind.MULTINOMIAL.make); }

    @Test
    void multinomialLogitOnAReusedCallSiteEqualsAFreshEvaluation() { assertCachedEqualsFresh(Kind.LOGIT, Kind.LOGIT.make); }

    @Test
    void maskedOnAReusedCallSiteEqualsAFreshEvaluation() { assertCachedEqualsFresh(Kind.MASKED, Kind.MASKED.make); }

    @Test
    void dirichletMultinomialOnAReusedCallSiteEqualsAFreshEvaluation() { assertCachedEqualsFresh(Kind.DIRICHLET, Kind.DIRICHLET.make); }

    @Test
    void aFamilyWhoseCacheNeverInvalidatesFailsTheCheck() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> assertCachedEqualsFresh(Kind.LOGIT, () -> new NeverInvalidated(new MultinomialLogitFamily())));
        assertTrue(String.valueOf(e.getMessage()).contains("counts"), e.getMessage());
    }

    /** Coefficients of a batch as a call site sees them: {@code (n, y) -> c}. */
    private interface Coefficients {
        double[] of(Operand n, Operand y);
    }

    /**
     * At the level of the cache itself: over 200 seeded call sites and 12 evaluations each, with the
     * counts kept, rewritten or restored, every coefficient equals {@link MultinomialCounts#logCoefficient}
     * of the current counts exactly.
     */
    private static void assertCoefficientsTrackTheCounts(BiFunction<Integer, Integer, Coefficients> cache) {
        Property.forAll("cached coefficients equal fresh ones", 0x6C1F, 200, gen -> {
            Site site = new Site(Kind.LOGIT, gen.integer(1, 6), gen.integer(1, 5), gen.bool());
            Coefficients coefficients = cache.apply(site.batch, site.k);
            site.drawCounts(gen);
            double[] firstY = site.y.clone();
            for (int step = 0; step < 12; step++) {
                switch (gen.integer(0, 3)) {
                    case 0 -> site.drawCounts(gen);
                    case 1 -> site.drawRow(gen, gen.integer(0, site.batch - 1));
                    case 2 -> System.arraycopy(firstY, 0, site.y, 0, firstY.length);
                    default -> { }
                }
                double[] c = coefficients.of(site.nOperand, site.yOperand);
                for (int b = 0; b < site.batch; b++) {
                    double expected = MultinomialCounts.logCoefficient(site.y, b * site.k, site.k, site.n(b));
                    assertEquals(expected, c[b], "coefficient of row " + b + " at step " + step + ", y=" + Arrays.toString(site.y));
                }
            }
        });
    }

    @Test
    void cachedCoefficientsEqualFreshOnesAsTheCountsChange() {
        assertCoefficientsTrackTheCounts((batch, k) -> (n, y) -> new CountCoefficients(batch, k, false).refresh(n, y, null));
    }

    @Test
    void aCacheThatNeverInvalidatesFailsTheCoefficientCheck() {
        // deliberately broken: computed on the first call, then returned unchanged whatever the counts
        BiFunction<Integer, Integer, Coefficients> stale = (batch, k) -> {
            CountCoefficients inner = new CountCoefficients(batch, k, false);
            double[][] first = {null};
            return (n, y) -> first[0] != null ? first[0] : (first[0] = inner.refresh(n, y, null));
        };
        AssertionError e = assertThrows(AssertionError.class, () -> assertCoefficientsTrackTheCounts(stale));
        assertTrue(String.valueOf(e.getMessage()).contains("coefficient of row"), e.getMessage());
    }

    /**
     * One family instance shared by two threads, each evaluating its own call site 400 times while
     * swapping between two count sets: every evaluation equals the fresh value of the counts it had.
     */
    @Test
    void twoThreadsOnTheirOwnCallSitesGetTheirOwnRightValues() throws Exception {
        for (Kind kind : List.of(Kind.MASKED, Kind.LOGIT, Kind.DIRICHLET)) {
            DistributionFamily shared = kind.make.get();
            CyclicBarrier start = new CyclicBarrier(2);
            List<Callable<Void>> workers = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                Gen gen = Gen.seeded(0x6C20 + 10L * t + kind.ordinal());
                Site site = new Site(kind, 40 + t, 7, false);
                site.drawParameters(gen);
                double[][] ys = new double[2][], ns = new double[2][], masks = new double[2][];
                Result[] expected = new Result[2];
                for (int set = 0; set < 2; set++) {
                    site.drawCounts(gen);
                    ys[set] = site.y.clone();
                    ns[set] = site.n.clone();
                    masks[set] = site.mask.clone();
                    expected[set] = site.fresh();
                }
                int thread = t;
                workers.add(() -> {
                    start.await();
                    for (int i = 0; i < 400; i++) {
                        int set = (i / 3) % 2; // three evaluations on each set in turn: hits and swaps
                        System.arraycopy(ys[set], 0, site.y, 0, site.y.length);
                        System.arraycopy(ns[set], 0, site.n, 0, site.n.length);
                        System.arraycopy(masks[set], 0, site.mask, 0, site.mask.length);
                        site.current(site.evaluate(shared)).assertEquals(kind + ", thread " + thread + ", evaluation " + i, expected[set]);
                    }
                    return null;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (Future<Void> f : pool.invokeAll(workers)) f.get();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * After the first call, evaluating the masked family on one call site allocates nothing, whether
     * the counts stay put or alternate between two sets (so that the cache recomputes); measured by the
     * JVM's per-thread allocation counter: under 8 bytes per evaluation, where a single object per
     * evaluation would show as at least 16 kB, leaving slack for the JIT's and the counter's own
     * bookkeeping; with $n$ up to 25, since beyond 2048 trials the coefficient's log-beta
     * (commons-numbers) allocates a small array when it is recomputed. A fresh call site per evaluation
     * does allocate (its cache), which shows the meter works.
     */
    @Test
    void evaluationAllocatesNothingAfterTheFirstCall() throws ReflectiveOperationException {
        // by reflection: the module under test does not read java.management, and need not
        Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        java.lang.reflect.Method allocatedBytes = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
        Object[] thread = {Thread.currentThread().getId()};
        if ((long) allocatedBytes.invoke(threads, thread) < 0) return; // counter unsupported on this JVM
        Gen gen = Gen.seeded(0x6C21);
        DistributionFamily masked = new MultinomialLogitMaskedFamily();
        Site site = new Site(Kind.MASKED, 50, 7, false);
        site.drawParameters(gen);
        site.drawCounts(gen, 25); // within the log-factorial table: commons-numbers' LogBeta, used beyond it, allocates
        double[] otherY = site.y.clone(), otherN = site.n.clone();
        for (int i = 0; i < otherY.length; i += 7) { // the same masks, other counts: the first two available categories trade their counts
            int first = -1;
            for (int j = 0; j < 7; j++) {
                if (site.mask[i + j] != 1) continue;
                if (first < 0) {
                    first = i + j;
                } else {
                    double swap = otherY[first];
                    otherY[first] = otherY[i + j];
                    otherY[i + j] = swap;
                    break;
                }
            }
        }
        double[][] ys = {site.y.clone(), otherY}, ns = {site.n.clone(), otherN};
        for (int round = 0; round < 2; round++) { // the first round warms up until the JIT has compiled both paths
            for (int swapping = 0; swapping < 2; swapping++) {
                long before = (long) allocatedBytes.invoke(threads, thread);
                for (int i = 0; i < (round == 0 ? 10_000 : 1000); i++) {
                    int set = swapping * (i % 2);
                    System.arraycopy(ys[set], 0, site.y, 0, site.y.length);
                    System.arraycopy(ns[set], 0, site.n, 0, site.n.length);
                    site.evaluate(masked);
                }
                if (round == 0) continue;
                long allocated = (long) allocatedBytes.invoke(threads, thread) - before;
                assertTrue(allocated < 8192, "1000 evaluations " + (swapping == 1 ? "with swapped counts " : "") + "allocated " + allocated + " bytes");
            }
        }
        long before = (long) allocatedBytes.invoke(threads, thread);
        for (int i = 0; i < 100; i++) {
            masked.logDensity(new Operands(site.batch, site.yOperand, site.nOperand, site.thetaOperand, site.maskOperand));
        }
        long allocated = (long) allocatedBytes.invoke(threads, thread) - before;
        assertTrue(allocated > 1024, "100 fresh call sites allocated only " + allocated + " bytes");
    }

    /**
     * Deliberately broken: the counts and {@code n} of a call site's first evaluation are kept and
     * used for every later one, as a cache that never invalidates would.
     */
    private static final class NeverInvalidated implements DistributionFamily {
        private final DistributionFamily base;
        private final Map<Operands, Operands> frozen = new IdentityHashMap<>();

        NeverInvalidated(DistributionFamily base) { this.base = base; }

        @Override public String name() { return base.name(); }
        @Override public String description() { return "broken: " + base.description(); }
        @Override public List<ParameterSpec> parameters() { return base.parameters(); }
        @Override public Constraint support() { return base.support(); }
        @Override public int valueEventRank() { return base.valueEventRank(); }
        @Override public int[] valueEventShape(int[][] shapes) { return base.valueEventShape(shapes); }
        @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int at) { base.sample(rng, args, out, at); }

        @Override public double logDensity(Operands args) {
            Operands call = frozen.computeIfAbsent(args, a -> {
                Operand y = a.value(), n = a.parameter(0);
                Operand[] parameters = new Operand[a.arity()];
                for (int i = 0; i < parameters.length; i++) parameters[i] = a.parameter(i);
                parameters[0] = Operand.of(n.data().clone(), null, n.offset(), n.isBroadcast());
                return new Operands(a.batchSize(), Operand.of(y.data().clone(), null, y.offset(), y.isBroadcast(), y.eventShape()), parameters,
                        Map.of());
            });
            return base.logDensity(call.withPointwise(args.pointwise()));
        }
    }
}
