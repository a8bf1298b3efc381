package org.bayes4j.spi.numeric;

/**
 * The exponential by table lookup and a short series, for the hot loops that take
 * one exponential per entry: PSIS-LOO's one per draw and observation (forty million
 * for 4,000 draws of 10,000 observations) and the softmax of the multinomial
 * families (one per category and row, every gradient). There the JDK's
 * {@link Math#exp}, an out-of-line call, took about 6 ns; this one is inlined.
 * Accurate to about 2 units in the last place (tested within 3 against
 * {@link Math#exp} in the diagnostics module's {@code LooFastPathPropertyTest}).
 *
 * <p>Write {@code x = n ln2/256 + r} with n the nearest integer to {@code 256 x / ln2},
 * so that {@code |r| <= ln2/512 < 0.00136}, and {@code n = 256 k + j} with
 * {@code 0 <= j < 256}; then {@code exp(x) = 2^k 2^(j/256) exp(r)}. The table (2 KB)
 * holds {@code 2^(j/256)}; {@code exp(r) - 1} is its Taylor series to {@code r^4}
 * (truncation below {@code r^5 / 120 < 4e-17}; a table of 64 needed {@code r^5}, one
 * multiplication and addition more per call); the factor {@code 2^k} is added to the
 * binary exponent. n is found by adding {@code 1.5 * 2^52}, which rounds to an integer
 * held in the low bits; r is {@code x - n ln2/256} with {@code ln2/256} split in two so
 * that {@code n} times the leading part is exact ({@code |n| < 2^18}, 32 bits in the
 * leading part) (Tang 1989, "Table-driven implementation
 * of the exponential function in IEEE floating-point arithmetic", ACM TOMS 15(2)).
 * Arguments outside {@code (-700, 700)}, where {@code 2^k} would leave the normal
 * range, and NaN go to {@link Math#exp}.
 */
public final class TabulatedExponential {

    private static final int BITS = 8;
    private static final int SIZE = 1 << BITS;
    private static final double[] TWO_TO = new double[SIZE];
    private static final double SHIFTER = 0x1.8p52;
    private static final double INVERSE_STEP = SIZE / Math.log(2);
    /** fdlibm's split of ln 2 (the leading part has 32 significant bits), over 256. */
    private static final double STEP_HI = 6.93147180369123816490e-01 / SIZE;
    private static final double STEP_LO = 1.90821492927058770002e-10 / SIZE;
    private static final double LIMIT = 700;

    static {
        for (int j = 0; j < SIZE; j++) TWO_TO[j] = StrictMath.pow(2, (double) j / SIZE);
    }

    private TabulatedExponential() {}

    /** {@code e^x}, within about 2 ulp of {@link Math#exp}; NaN for NaN, 0 below -745, infinity above 709.8. */
    public static double exp(double x) {
        if (!(x > -LIMIT && x < LIMIT)) return Math.exp(x);
        double shifted = x * INVERSE_STEP + SHIFTER;
        // the low 32 bits of the shifted value are n in two's complement
        int n = (int) Double.doubleToRawLongBits(shifted);
        double nd = shifted - SHIFTER;
        double r = (x - nd * STEP_HI) - nd * STEP_LO;
        double expm1 = r + r * r * (0.5 + r * (1.0 / 6 + r * (1.0 / 24)));
        double t = TWO_TO[n & (SIZE - 1)];
        double y = t + t * expm1;
        long k = n >> BITS;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + (k << 52));
    }
}
