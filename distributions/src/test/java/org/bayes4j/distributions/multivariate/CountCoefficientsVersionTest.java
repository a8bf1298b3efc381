package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bayes4j.spi.distribution.Operand;
import org.junit.jupiter.api.Test;

/**
 * {@link CountCoefficients} trusts operand versions: while the counts, $n$ and the mask keep the
 * version they had at the last refresh, it returns its coefficients without looking at the values
 * (shown by changing a count behind an unchanged version: the old coefficient comes back, so the
 * comparison was skipped); a new version, or an unversioned operand, makes it compare and recompute.
 */
class CountCoefficientsVersionTest {

    private static final int K = 3;

    private final double[] n = {4, 2}, y = {1, 3, 0, 2, 0, 0}, mask = {1, 1, 0, 1, 1, 1};
    private final Operand nOperand = Operand.of(n, null, 0, false), yOperand = Operand.of(y, null, 0, false, K),
            maskOperand = Operand.of(mask, null, 0, false, K);
    private final CountCoefficients counts = new CountCoefficients(2, K, true);

    private void version(long v) {
        nOperand.withVersion(v);
        yOperand.withVersion(v);
        maskOperand.withVersion(v);
    }

    /** Moves one draw of event 0 from category 0 to category 1 (still on the support). */
    private void changeCountsInPlace() {
        y[0] = 0;
        y[1] = 4;
    }

    private double coefficient0() { return counts.refresh(nOperand, yOperand, maskOperand)[0]; }

    @Test void anUnchangedVersionSkipsTheComparisonAndANewOneRecomputes() {
        version(1);
        double before = coefficient0();
        assertEquals(MultinomialCounts.logCoefficient(new double[] {1, 3, 0}, 0, K, 4), before, 1e-15);
        changeCountsInPlace();
        assertEquals(before, coefficient0(), 0.0, "same version: the values are trusted unchanged");
        version(2);
        assertEquals(MultinomialCounts.logCoefficient(new double[] {0, 4, 0}, 0, K, 4), coefficient0(), 1e-15, "new version");
    }

    @Test void unversionedOperandsAreAlwaysCompared() {
        double before = coefficient0();
        changeCountsInPlace();
        double after = coefficient0();
        assertEquals(MultinomialCounts.logCoefficient(new double[] {0, 4, 0}, 0, K, 4), after, 1e-15);
        assertEquals(Math.log(4), before - after, 1e-12, "4!/(1! 3!) = 4 against 4!/4! = 1");
    }

    @Test void oneUnversionedOperandIsEnoughToCompare() {
        version(1);
        coefficient0();
        maskOperand.withVersion(Operand.UNVERSIONED);
        changeCountsInPlace();
        assertEquals(MultinomialCounts.logCoefficient(new double[] {0, 4, 0}, 0, K, 4), coefficient0(), 1e-15);
    }
}
