package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The interior mass of {@code ordered_logistic} is computed as
 * $\min(a, 0) + \min(-b, 0) - \log\mathrm{1p}(t_a + t_b + t_a t_b) + \log(1 - e^{-(a-b)})$ with $t = e^{-|x|}$, one
 * {@code log1p} for both logistic terms. Law: it equals the three-term form
 * $\log\sigma(a) + \log\sigma(-b) + \log(1 - e^{-(a-b)})$, each $\log\sigma$ by its own {@code log1p}, to 1e-14
 * relative. Every term is non-positive, so no cancellation can hide an error. Seeded inputs put $\eta$ up to 40
 * beyond a cutpoint, with gaps from 1e-9 to 30. A version that drops the cross term $t_a t_b$ fails.
 */
class OrderedLogisticInteriorMassTest {

    private static double logSigmoid(double x) { return x > 0 ? -Math.log1p(Math.exp(-x)) : x - Math.log1p(Math.exp(x)); }

    private static double threeTerm(double e, double lower, double upper) {
        return logSigmoid(e - lower) + logSigmoid(upper - e) + Math.log(-Math.expm1(lower - upper));
    }

    private interface Mass { double at(double e, double lower, double upper); }

    private static void matchesThreeTermForm(Mass mass) {
        Property.forAll("ordered_logistic interior mass equals the three-term form", 72_001L, 2000, (Gen g) -> {
            double lower = g.real(-5, 5);
            double upper = lower + (g.bool() ? g.logUniform(1e-9, 1) : g.real(0.5, 30));
            double e = (g.bool() ? lower : upper) + (g.bool() ? g.real(-4, 4) : g.real(-40, 40));
            Tolerance.assertClose("log P at eta=" + e + ", cutpoints " + lower + " < " + upper, mass.at(e, lower, upper),
                    threeTerm(e, lower, upper), 1e-14, 0);
        });
    }

    private static double family(double e, double lower, double upper) {
        double gap = upper - lower;
        return OrderedLogisticFamily.logMass(1, 2, e, lower, upper, 1 / Math.expm1(gap), Math.log(-Math.expm1(-gap)), new double[3]);
    }

    @Test
    void interiorMassEqualsTheThreeTermForm() { matchesThreeTermForm(OrderedLogisticInteriorMassTest::family); }

    @Test
    void droppingTheCrossTermIsCaught() {
        Mass broken = (e, lower, upper) -> {
            double a = e - lower, negB = upper - e, ta = Math.exp(-Math.abs(a)), tb = Math.exp(-Math.abs(negB));
            return Math.min(a, 0) + Math.min(negB, 0) - Math.log1p(ta + tb) + Math.log(-Math.expm1(lower - upper));
        };
        assertThrows(AssertionError.class, () -> matchesThreeTermForm(broken));
    }
}
