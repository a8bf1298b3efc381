package org.bayes4j.diagnostics.loo;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;

/**
 * {@code e^y} and {@code e^y - 1} on SIMD lanes from additions, multiplications and
 * bit operations alone, for {@code |y| < 700}.
 *
 * <p>The Vector API's own {@code EXP} and {@code EXPM1} differ in their last bits
 * between the JIT compiler's vector math library and the plain-Java code that runs
 * before compilation, so one call could round differently from the next. Plain IEEE
 * arithmetic rounds the same either way, and so does everything here.
 *
 * <p>The method is Tang's (1989, ACM TOMS 15(2)) without the table: write
 * {@code y = k ln2 + r} with k the nearest integer to {@code y / ln2}, so that
 * {@code |r| <= ln2 / 2 < 0.347}; then {@code e^y - 1 = 2^k (e^r - 1) + (2^k - 1)}
 * and {@code e^y = 2^k (1 + (e^r - 1))}. k is found by adding {@code 1.5 * 2^52}
 * (the sum's low bits hold k), r is {@code y - k ln2} with {@code ln2} split in two
 * so that k times the leading part is exact, and {@code e^r - 1} is its Taylor series
 * to {@code r^13} (truncation below {@code |r|^14 / 14! < 5e-18}, relative to r about
 * 1.3e-17), which keeps the relative accuracy of {@code e^y - 1} for small y. The
 * factor {@code 2^k} is built in the exponent field, normal for {@code |k| <= 1010}.
 */
final class LaneExponential {

    /** Arguments must stay below this in magnitude, where {@code 2^k} is normal. */
    static final double LIMIT = 700;

    private static final double SHIFTER = 0x1.8p52;
    private static final long SHIFTER_BITS = Double.doubleToRawLongBits(SHIFTER);
    private static final double INVERSE_LN2 = 1 / Math.log(2);
    /** fdlibm's split of ln 2: the leading part has 32 significant bits. */
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    /** {@code 1 / j!}, j = 2..13. */
    private static final double[] INVERSE_FACTORIAL = new double[14];

    static {
        double factorial = 1;
        for (int j = 1; j < INVERSE_FACTORIAL.length; j++) {
            factorial *= j;
            INVERSE_FACTORIAL[j] = 1 / factorial;
        }
    }

    private LaneExponential() {}

    /** {@code e^y} lane by lane, {@code |y| < }{@link #LIMIT}. */
    static DoubleVector exp(DoubleVector y) {
        DoubleVector shifted = y.mul(INVERSE_LN2).add(SHIFTER);
        DoubleVector twoToK = twoToThe(shifted);
        return expm1Reduced(reduced(y, shifted)).add(1.0).mul(twoToK);
    }

    /** {@code e^y - 1} lane by lane, {@code |y| < }{@link #LIMIT}. */
    static DoubleVector expm1(DoubleVector y) {
        DoubleVector shifted = y.mul(INVERSE_LN2).add(SHIFTER);
        DoubleVector twoToK = twoToThe(shifted);
        return expm1Reduced(reduced(y, shifted)).mul(twoToK).add(twoToK.sub(1.0));
    }

    /** {@code r = y - k ln2}, k the integer in {@code shifted}'s low bits. */
    private static DoubleVector reduced(DoubleVector y, DoubleVector shifted) {
        DoubleVector k = shifted.sub(SHIFTER);
        return y.sub(k.mul(LN2_HI)).sub(k.mul(LN2_LO));
    }

    /** {@code 2^k}: {@code shifted - 1.5 * 2^52} is k exactly, and its bits differ from the shifter's by k. */
    private static DoubleVector twoToThe(DoubleVector shifted) {
        LongVector k = shifted.viewAsIntegralLanes().sub(SHIFTER_BITS);
        return k.add(1023).lanewise(VectorOperators.LSHL, 52).viewAsFloatingLanes();
    }

    /** {@code e^r - 1} for {@code |r| <= ln2 / 2}: Horner's rule on the Taylor series to {@code r^13}. */
    private static DoubleVector expm1Reduced(DoubleVector r) {
        DoubleVector p = r.mul(INVERSE_FACTORIAL[13]).add(INVERSE_FACTORIAL[12]);
        for (int j = 11; j >= 1; j--) p = p.mul(r).add(INVERSE_FACTORIAL[j]);
        return p.mul(r);
    }
}
