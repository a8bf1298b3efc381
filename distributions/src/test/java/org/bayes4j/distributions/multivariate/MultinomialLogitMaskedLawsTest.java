package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.GradientCheck;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The laws specific to the availability mask of {@code multinomial_logit_masked}, as properties over seeded
 * inputs with $K$ from 1 to 5 and logits up to $\pm 30$ (the contract, {@link MultinomialLogitMaskedFamilyContractTest},
 * covers the generic laws at $K = 4$): total mass 1 over every count vector; equality with
 * {@code multinomial_logit} on the available sub-vector; partials equal to finite differences (zero for
 * unavailable logits); no draw in an unavailable category; $-\infty$ for an observed structural zero; clear
 * errors for a bad mask. A variant that forgets to renormalise over the available categories fails the
 * normalisation law.
 */
class MultinomialLogitMaskedLawsTest {

    private static final MultinomialLogitMaskedFamily MASKED = new MultinomialLogitMaskedFamily();
    private static final MultinomialLogitFamily FULL = new MultinomialLogitFamily();

    /** A random case: K categories, n draws, logits (some of magnitude 30), a mask with at least one 1. */
    private record Case(int n, double[] eta, double[] mask) {
        static Case random(Gen gen, int maxN) {
            int k = gen.integer(1, 5);
            double[] eta = new double[k], mask = new double[k];
            boolean any = false;
            for (int j = 0; j < k; j++) {
                eta[j] = gen.integer(0, 4) == 0 ? (gen.bool() ? 30 : -30) : 3 * gen.normal();
                mask[j] = gen.integer(0, 3) > 0 ? 1 : 0;
                any |= mask[j] == 1;
            }
            if (!any) mask[gen.integer(0, k - 1)] = 1;
            return new Case(gen.integer(0, maxN), eta, mask);
        }

        int k() { return eta.length; }

        @Override public String toString() { return "n=" + n + ", eta=" + Arrays.toString(eta) + ", available=" + Arrays.toString(mask); }
    }

    /** log p(y | n, eta, mask) of one event through the family's Operands API; eta partials into {@code etaAdjoint} when non-null. */
    static double logDensity(DistributionFamily f, double[] y, int n, double[] eta, double[] mask, double[] etaAdjoint) {
        int k = eta.length;
        Operands args = new Operands(1, Operand.of(y, null, 0, false, k),
                Operand.of(new double[] {n}, null, 0, false), Operand.of(eta, etaAdjoint, 0, false, k), Operand.of(mask, null, 0, false, k));
        return f.logDensity(args);
    }

    /** $\sum_y p(y)$ over every count vector summing to n, unavailable categories included. */
    static double totalMass(DistributionFamily f, Case c) {
        double mass = 0;
        for (double[] y : MultinomialLogitMaskedFamilyContractTest.compositions(c.n(), c.k())) mass += Math.exp(logDensity(f, y, c.n(), c.eta(), c.mask(), null));
        return mass;
    }

    /** The normalisation law over 300 seeded cases with n at most 6. */
    static void assertNormalises(DistributionFamily f) {
        Property.forAll(f.name() + " sums to 1 over every count vector", 0x4A5C, 300, gen -> {
            Case c = Case.random(gen, 6);
            Tolerance.assertClose(f.name() + " total mass at " + c, totalMass(f, c), 1, 0, 1e-12);
        });
    }

    @Test
    void sumsToOneOverEveryCountVector() { assertNormalises(MASKED); }

    @Test
    void equalsMultinomialLogitOnTheAvailableSubVector() {
        Property.forAll("masked equals multinomial_logit on the available categories", 0x4A5D, 300, gen -> {
            Case c = Case.random(gen, 40);
            int k = c.k(), m = 0;
            for (double a : c.mask()) m += (int) a;
            double[] y = new double[k], ySub = new double[m], etaSub = new double[m];
            int remaining = c.n(), last = -1;
            for (int j = 0; j < k; j++) if (c.mask()[j] == 1) last = j;
            for (int j = 0, i = 0; j < k; j++) {
                if (c.mask()[j] == 0) continue;
                y[j] = ySub[i] = j == last ? remaining : gen.integer(0, remaining);
                remaining -= (int) y[j];
                etaSub[i++] = c.eta()[j];
            }
            double full = FULL.logDensity(new Operands(1, Operand.of(ySub, null, 0, false, m), Operand.of(new double[] {c.n()}, null, 0, false),
                    Operand.of(etaSub, null, 0, false, m)));
            Tolerance.assertClose("at y=" + Arrays.toString(y) + ", " + c, logDensity(MASKED, y, c.n(), c.eta(), c.mask(), null), full, 1e-14, 1e-14);
        });
    }

    /**
     * Logits spanning more than the exponential's range (the families' shift, the modal category's logit,
     * then leaves an available term overflowing, or an unavailable one, and the event takes the careful
     * path): the density and partials of {@code multinomial_logit_masked} on the whole vector, and of
     * {@code multinomial_logit} on the available sub-vector, both equal the textbook formula computed here
     * independently (max shift over the available logits, {@link Math#exp}, log-gamma coefficients); and an
     * infinite or NaN logit anywhere gives $-\infty$ with no partials.
     */
    @Test
    void logitsSpanningHundredsTakeTheCarefulPathAndStillAgree() {
        Property.forAll("masked with logit spans beyond 700", 0x4A61, 300, gen -> {
            Case base = Case.random(gen, 40);
            int k = base.k();
            double[] eta = base.eta().clone();
            for (int j = 0; j < k; j++) if (gen.bool()) eta[j] = gen.bool() ? 800 + 100 * gen.normal() : -800 + 100 * gen.normal();
            Case c = new Case(base.n(), eta, base.mask());
            int m = 0;
            for (double a : c.mask()) m += (int) a;
            double[] y = randomCounts(gen, c), ySub = new double[m], etaSub = new double[m];
            for (int j = 0, i = 0; j < k; j++) {
                if (c.mask()[j] == 0) continue;
                ySub[i] = y[j];
                etaSub[i++] = eta[j];
            }
            double[] expectedPartials = new double[k];
            double expected = textbook(y, c.n(), eta, c.mask(), expectedPartials);
            double[] adjoint = new double[k], subAdjoint = new double[m];
            double masked = logDensity(MASKED, y, c.n(), eta, c.mask(), adjoint);
            double full = FULL.logDensity(new Operands(1, Operand.of(ySub, null, 0, false, m), Operand.of(new double[] {c.n()}, null, 0, false),
                    Operand.of(etaSub, subAdjoint, 0, false, m)));
            String at = "at y=" + Arrays.toString(y) + ", " + c;
            Tolerance.assertClose("masked " + at, masked, expected, 1e-13, 1e-12);
            Tolerance.assertClose("multinomial_logit on the sub-vector " + at, full, expected, 1e-13, 1e-12);
            for (int j = 0, i = 0; j < k; j++) {
                Tolerance.assertClose("masked partial " + j + " " + at, adjoint[j], expectedPartials[j], 1e-12, 1e-12);
                if (c.mask()[j] == 1) Tolerance.assertClose("sub-vector partial " + j + " " + at, subAdjoint[i++], expectedPartials[j], 1e-12, 1e-12);
            }
            int bad = gen.integer(0, k - 1);
            eta[bad] = new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN}[gen.integer(0, 2)];
            double[] none = new double[k];
            assertEquals(Double.NEGATIVE_INFINITY, logDensity(MASKED, y, c.n(), eta, c.mask(), none), "a non-finite logit at " + Arrays.toString(eta));
            assertTrue(Arrays.stream(none).allMatch(a -> a == 0), "no partials written at -inf");
        });
    }

    /**
     * $\log\frac{n!}{\prod y_j!} + \sum_{j\in A} y_j(\eta_j - m) - n\log\sum_{j\in A} e^{\eta_j - m}$ with
     * $m = \max_{j\in A}\eta_j$, and partials $y_j - n\,\mathrm{softmax}_A(\eta)_j$ (0 off $A$), for counts on
     * the support.
     */
    private static double textbook(double[] y, int n, double[] eta, double[] mask, double[] partials) {
        double max = Double.NEGATIVE_INFINITY, sum = 0, dot = 0, coefficient = LogGamma.value(n + 1.0);
        for (int j = 0; j < eta.length; j++) if (mask[j] == 1) max = Math.max(max, eta[j]);
        for (int j = 0; j < eta.length; j++) {
            coefficient -= LogGamma.value(y[j] + 1);
            if (mask[j] == 1) {
                sum += Math.exp(eta[j] - max);
                dot += y[j] * (eta[j] - max);
            }
        }
        for (int j = 0; j < eta.length; j++) partials[j] = mask[j] == 1 ? y[j] - n * Math.exp(eta[j] - max) / sum : 0;
        return coefficient + dot - n * Math.log(sum);
    }

    @Test
    void partialsMatchCentralFiniteDifferencesIncludingLogitsOfThirty() {
        Property.forAll("masked partials equal finite differences", 0x4A5E, 300, gen -> {
            Case c = Case.random(gen, 30);
            double[] y = randomCounts(gen, c);
            double[] analytic = new double[c.k()];
            logDensity(MASKED, y, c.n(), c.eta(), c.mask(), analytic);
            for (int j = 0; j < c.k(); j++) {
                if (c.mask()[j] == 0) assertEquals(0.0, analytic[j], "partial of unavailable eta[" + j + "] at " + c);
            }
            GradientCheck.assertGradient("masked at y=" + Arrays.toString(y) + ", " + c,
                    eta -> logDensity(MASKED, y, c.n(), eta, c.mask(), null), c.eta().clone(), analytic);
        });
    }

    @Test
    void aPositiveCountInAnUnavailableCategoryIsMinusInfinity() {
        Property.forAll("masked gives -inf for an observed structural zero", 0x4A5F, 300, gen -> {
            Case c = Case.random(gen, 30);
            int hole = -1;
            for (int j = 0; j < c.k(); j++) if (c.mask()[j] == 0) hole = j;
            if (hole < 0 || c.n() == 0) return; // every category available, or nothing drawn: no structural zero to violate
            double[] y = randomCounts(gen, new Case(c.n() - 1, c.eta(), c.mask()));
            y[hole] += 1;
            double[] adjoint = new double[c.k()];
            assertEquals(Double.NEGATIVE_INFINITY, logDensity(MASKED, y, c.n(), c.eta(), c.mask(), adjoint), "at y=" + Arrays.toString(y) + ", " + c);
            assertTrue(Arrays.stream(adjoint).allMatch(a -> a == 0), "no partials written at -inf");
        });
    }

    /** 500 seeded cases, many with an unavailable logit of +30 dominating the available ones. */
    @Test
    void drawsNeverFallInAnUnavailableCategory() {
        Property.forAll("masked draws respect the mask", 0x4A60, 500, gen -> {
            Case c = Case.random(gen, 1000);
            for (int j = 0; j < c.k(); j++) if (c.mask()[j] == 0 && gen.bool()) c.eta()[j] = 30;
            int batch = 50, k = c.k();
            double[] out = new double[batch * k];
            MASKED.sample(gen.rng(), new Operands(batch, Operand.of(new double[batch * k], null, 0, false, k),
                    Operand.of(new double[] {c.n()}, null, 0, true), Operand.of(c.eta(), null, 0, true, k),
                    Operand.of(c.mask(), null, 0, true, k)), out, 0);
            for (int b = 0; b < batch; b++) {
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    double x = out[b * k + j];
                    if (c.mask()[j] == 0) assertEquals(0.0, x, "draw " + b + " put a count in unavailable category " + j + " at " + c);
                    sum += x;
                }
                assertEquals(c.n(), sum, "draw " + b + " sums to n at " + c);
            }
        });
    }

    @Test
    void aMaskEntryOtherThanZeroOrOneIsRejected() {
        double[][] constants = {{5}, {0, 0, 0}, {1, 0.5, 1}};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MASKED.checkParameters(constants));
        assertTrue(e.getMessage().contains("available[1] is 0.5"), e.getMessage());
        assertEquals(Double.NEGATIVE_INFINITY, logDensity(MASKED, new double[] {5, 0, 0}, 5, new double[3], new double[] {1, 0.5, 1}, null));
        assertThrows(IllegalArgumentException.class, () -> MASKED.checkParameters(new double[][] {{5}, {0, Double.NaN}, {1, 1}}));
    }

    @Test
    void noAvailableCategoryWithPositiveNIsAnErrorNamingTheEvent() {
        // event 1 of 2 has no available category, whatever its counts
        double[] n = {3, 1}, eta = {0, 0, 0, 0}, mask = {1, 1, 0, 0};
        Operands args = new Operands(2, Operand.of(new double[] {2, 1, 0, 1}, null, 0, false, 2), Operand.of(n, null, 0, false),
                Operand.of(eta, null, 0, false, 2), Operand.of(mask, null, 0, false, 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MASKED.logDensity(args));
        assertTrue(e.getMessage().contains("available[1]") && e.getMessage().contains("no available category"), e.getMessage());
        IllegalArgumentException s = assertThrows(IllegalArgumentException.class,
                () -> MASKED.sample(RandomSource.XO_RO_SHI_RO_128_PP.create(1L), args, new double[4], 0));
        assertTrue(s.getMessage().contains("available[1]"), s.getMessage());
        // with n = 0 the empty count vector is certain, whatever the mask
        assertEquals(0.0, logDensity(MASKED, new double[] {0, 0}, 0, new double[] {1, 2}, new double[] {0, 0}, null));
    }

    @Test
    void forgettingToRenormaliseOverTheAvailableCategoriesFailsTheNormalisationLaw() {
        AssertionError e = assertThrows(AssertionError.class, () -> assertNormalises(new UnrenormalisedMask()));
        assertTrue(String.valueOf(e.getMessage()).contains("total mass"), e.getMessage());
    }

    /** Deliberately wrong: the softmax normaliser runs over every category instead of the available ones. */
    private static final class UnrenormalisedMask implements DistributionFamily {
        @Override public String name() { return MASKED.name(); }
        @Override public String description() { return "broken: " + MASKED.description(); }
        @Override public List<ParameterSpec> parameters() { return MASKED.parameters(); }
        @Override public Constraint support() { return MASKED.support(); }
        @Override public int valueEventRank() { return 1; }

        @Override public double logDensity(Operands args) {
            double masked = MASKED.logDensity(args);
            if (masked == Double.NEGATIVE_INFINITY) return masked;
            return FULL.logDensity(new Operands(args.batchSize(), args.value(), args.parameter(0), args.parameter(1)));
        }

        @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) { MASKED.sample(rng, args, out, outOffset); }
    }

    /** A random count vector summing to c.n() over the available categories. */
    private static double[] randomCounts(Gen gen, Case c) {
        double[] y = new double[c.k()];
        int remaining = c.n(), last = -1;
        for (int j = 0; j < c.k(); j++) if (c.mask()[j] == 1) last = j;
        for (int j = 0; j < c.k(); j++) {
            if (c.mask()[j] == 0) continue;
            y[j] = j == last ? remaining : gen.integer(0, remaining);
            remaining -= (int) y[j];
        }
        return y;
    }
}
