package org.bayes4j.distributions.combinators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bayes4j.spi.dist.Censored;
import org.bayes4j.spi.dist.Mixture;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.dist.Truncated;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.spi.model.DistributionSpec;
import org.junit.jupiter.api.Test;

/**
 * {@code configure}: the descriptors' argument lists and options, the specialised parameter lists,
 * and errors that name the combinator and the offending component; and the per-call-site cache.
 */
class CombinatorConfigurationTest {

    @Test
    void mixtureDescriptorConcatenatesArgumentsAndNamesComponents() {
        DistributionSpec spec = Mixture.of(new double[] {0.3, 0.7}, Normal.of(0, 1), Normal.of(2, 3));
        assertEquals("mixture", spec.family());
        assertEquals(5, spec.arguments().size());
        assertEquals(List.of("normal", "normal"), spec.options().get("components"));
        assertEquals(List.of(2, 2), spec.options().get("arities"));
        DistributionFamily f = new MixtureFamily().configure(spec.options());
        assertEquals(List.of("w", "component0.mu", "component0.sigma", "component1.mu", "component1.sigma"),
                f.parameters().stream().map(ParameterSpec::name).toList());
    }

    @Test
    void truncatedAndCensoredDescriptorsPutBoundsFirst() {
        DistributionSpec t = Truncated.of(Normal.of(1, 2), 0, Double.POSITIVE_INFINITY);
        DistributionSpec c = Censored.of(Normal.of(1, 2), -1, 1);
        assertEquals(Map.of("base", "normal"), t.options());
        assertEquals(4, t.arguments().size());
        assertEquals("censored", c.family());
        assertEquals(List.of("lower", "upper", "mu", "sigma"),
                new TruncatedFamily().configure(t.options()).parameters().stream().map(ParameterSpec::name).toList());
    }

    @Test
    void componentsWithDifferentSupportsAreRejectedByName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> new MixtureFamily().configure(Map.of("components", List.of("normal", "exponential"))));
        assertTrue(e.getMessage().contains("mixture") && e.getMessage().contains("normal has real")
                && e.getMessage().contains("exponential has positive"), e.getMessage());
    }

    @Test
    void unknownComponentsWrongAritiesAndBasesWithoutACdfAreRejected() {
        var unknown = assertThrows(IllegalArgumentException.class,
                () -> new MixtureFamily().configure(Map.of("components", List.of("normal", "nope"))));
        assertTrue(unknown.getMessage().contains("unknown component family 'nope'"), unknown.getMessage());
        var arity = assertThrows(IllegalArgumentException.class,
                () -> new MixtureFamily().configure(Map.of("components", List.of("normal"), "arities", List.of(3))));
        assertTrue(arity.getMessage().contains("takes 2 arguments, but was given 3"), arity.getMessage());
        var noCdf = assertThrows(IllegalArgumentException.class, () -> new TruncatedFamily().configure(Map.of("base", "dirichlet")));
        assertTrue(noCdf.getMessage().contains("truncated: base dirichlet must be") , noCdf.getMessage());
        var discrete = assertThrows(IllegalArgumentException.class, () -> new CensoredFamily().configure(Map.of("base", "poisson")));
        assertTrue(discrete.getMessage().contains("censored: base poisson"), discrete.getMessage());
        var option = assertThrows(IllegalArgumentException.class, () -> new TruncatedFamily().configure(Map.of("base", "normal", "k", 1)));
        assertTrue(option.getMessage().contains("unexpected options [k]"), option.getMessage());
    }

    @Test
    void invalidConstantsAreRejectedNamingTheParameter() {
        DistributionFamily mixture = new MixtureFamily().configure(Map.of("components", List.of("normal", "normal")));
        var w = assertThrows(IllegalArgumentException.class,
                () -> mixture.checkParameters(new double[][] {{0.5, 0.6}, null, null, null, null}));
        assertTrue(w.getMessage().startsWith("mixture: w sums to"), w.getMessage());
        var sigma = assertThrows(IllegalArgumentException.class,
                () -> mixture.checkParameters(new double[][] {null, null, {-1.5}, null, null}));
        assertEquals("mixture: component0.sigma is -1.5, but must be positive", sigma.getMessage());
        DistributionFamily truncated = new TruncatedFamily().configure(Map.of("base", "normal"));
        var bounds = assertThrows(IllegalArgumentException.class, () -> truncated.checkParameters(new double[][] {{2}, {1}, null, null}));
        assertTrue(bounds.getMessage().contains("lower is 2.0 and upper is 1.0"), bounds.getMessage());
    }

    @Test
    void theUnconfiguredFamilyRefusesToEvaluate() {
        Operand y = Operand.of(new double[] {0}, null, 0, false);
        var e = assertThrows(IllegalStateException.class, () -> new MixtureFamily().logDensity(new Operands(1, y)));
        assertTrue(e.getMessage().contains("configure"), e.getMessage());
    }

    /**
     * After the first evaluation of a call site, evaluating a mixture with non-constant component
     * parameters allocates nothing (measured by the JVM's per-thread allocation counter; a few
     * hundred bytes of slack for the counter's own bookkeeping, where one allocation per evaluation
     * would show as at least 16 kB over 1000 evaluations).
     */
    @Test
    void evaluationAllocatesNothingAfterTheFirstCall() throws ReflectiveOperationException {
        // by reflection: the module under test does not read java.management, and need not
        Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
        java.lang.reflect.Method allocatedBytes = Class.forName("com.sun.management.ThreadMXBean").getMethod("getThreadAllocatedBytes", long.class);
        Object[] thread = {Thread.currentThread().getId()};
        if ((long) allocatedBytes.invoke(threads, thread) < 0) return; // counter unsupported on this JVM
        DistributionFamily mixture = new MixtureFamily().configure(Map.of("components", List.of("normal", "laplace")));
        int n = 50;
        double[] y = new double[n], yAdj = new double[n];
        for (int i = 0; i < n; i++) y[i] = i * 0.1 - 2;
        Operand w = Operand.of(new double[] {0.3, 0.7}, new double[2], 0, true, 2);
        Operand[] params = {w, Operand.of(new double[] {0}, new double[1], 0, true), Operand.of(new double[] {1}, new double[1], 0, true),
            Operand.of(new double[] {1}, new double[1], 0, true), Operand.of(new double[] {2}, new double[1], 0, true)};
        Operands args = new Operands(n, Operand.of(y, yAdj, 0, false), params, Map.of()).withPointwise(new double[n]);
        // warm up until the JIT has compiled the evaluation (escape analysis removes the interpreter's temporaries)
        for (int i = 0; i < 20_000; i++) mixture.logDensity(args);
        long before = (long) allocatedBytes.invoke(threads, thread);
        for (int i = 0; i < 1000; i++) mixture.logDensity(args);
        long allocated = (long) allocatedBytes.invoke(threads, thread) - before;
        assertTrue(allocated < 1024, "1000 evaluations allocated " + allocated + " bytes");
        // the meter can fail: a fresh Operands per evaluation (a new call site each time) builds new sub-calls
        before = (long) allocatedBytes.invoke(threads, thread);
        for (int i = 0; i < 100; i++) mixture.logDensity(new Operands(n, Operand.of(y, yAdj, 0, false), params, Map.of()));
        allocated = (long) allocatedBytes.invoke(threads, thread) - before;
        assertTrue(allocated > 1024, "100 fresh call sites allocated only " + allocated + " bytes");
    }
}
