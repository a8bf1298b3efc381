package org.bayes4j.diagnostics.loo;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link LooKernels} on SIMD lanes, through the JDK's Vector API (JEP 414; the
 * module {@code jdk.incubator.vector}, which the JVM must be started with). Each loop
 * of {@link ScalarLooKernels} becomes the same arithmetic on {@code L} entries at a
 * time, {@code L} the lanes of the platform's preferred double vector (8 with
 * AVX-512); each sum is carried in {@code L} partial sums, added up at the end. The
 * exponential is {@link LaneExponential}'s, from plain arithmetic, so that results do
 * not depend on whether the JIT compiler has compiled the code yet. Entries past the
 * last whole vector take the scalar code, except in {@link #logProduct}, where a
 * masked load makes them factors of exactly 1.
 */
final class VectorLooKernels implements LooKernels {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Long> LONG_SPECIES = VectorSpecies.of(long.class, SPECIES.vectorShape());
    private static final int LANES = SPECIES.length();
    private static final long MANTISSA = 0x000FFFFFFFFFFFFFL;
    private static final long EXPONENT_ONE = 0x3FF0000000000000L;

    /** Int lanes as many as the double lanes, for the indices of {@link #atLeast}. */
    private static final VectorSpecies<Integer> INDEX_SPECIES =
            VectorSpecies.of(int.class, VectorShape.forBitSize(32 * LANES));
    /** {@code 2^j} in lane j: a mask's lanes, as 0 or 2^j, add up to its bits. */
    private static final double[] LANE_BITS = new double[LANES];
    /**
     * For each set of lanes (bits m), the positions of its set lanes, ascending, in
     * {@code [L m, L m + bitCount(m))}: a compaction table (8 KB for eight lanes).
     */
    private static final int[] SET_LANES = new int[(1 << LANES) * LANES];

    static {
        for (int j = 0; j < LANES; j++) LANE_BITS[j] = 1 << j;
        for (int m = 0; m < 1 << LANES; m++) {
            int count = 0;
            for (int j = 0; j < LANES; j++) if ((m >> j & 1) != 0) SET_LANES[LANES * m + count++] = j;
        }
    }

    private final ScalarLooKernels scalar = new ScalarLooKernels();

    int lanes() { return LANES; }

    @Override
    public String name() { return "vector(" + LANES + " lanes)"; }

    @Override
    public void minMax(double[] v, int n, double[] out) {
        int bound = SPECIES.loopBound(n);
        if (bound == 0) {
            scalar.minMax(v, n, out);
            return;
        }
        DoubleVector lo = DoubleVector.fromArray(SPECIES, v, 0);
        DoubleVector hi = lo;
        for (int t = LANES; t < bound; t += LANES) {
            DoubleVector x = DoubleVector.fromArray(SPECIES, v, t);
            lo = lo.min(x);
            hi = hi.max(x);
        }
        double min = lo.reduceLanes(VectorOperators.MIN);
        double max = hi.reduceLanes(VectorOperators.MAX);
        for (int t = bound; t < n; t++) {
            min = Math.min(min, v[t]);
            max = Math.max(max, v[t]);
        }
        out[0] = min;
        out[1] = max;
    }

    @Override
    public void ratios(double[] ll, int n, double c, double scale, double[] lw, double[] e, double[] x, double[] sums) {
        DoubleVector shift = DoubleVector.broadcast(SPECIES, c);
        DoubleVector scales = DoubleVector.broadcast(SPECIES, scale);
        DoubleVector sumX = DoubleVector.zero(SPECIES);
        DoubleVector sumE = DoubleVector.zero(SPECIES);
        DoubleVector sumE2 = DoubleVector.zero(SPECIES);
        int bound = SPECIES.loopBound(n);
        int t = 0;
        for (; t < bound; t += LANES) {
            DoubleVector b = shift.sub(DoubleVector.fromArray(SPECIES, ll, t));
            b.intoArray(lw, t);
            DoubleVector et = LaneExponential.exp(b);
            et.intoArray(e, t);
            DoubleVector xt = scales.div(et);
            xt.intoArray(x, t);
            sumX = sumX.add(xt);
            sumE = sumE.add(et);
            sumE2 = sumE2.add(et.mul(et));
        }
        sums[0] = sumX.reduceLanes(VectorOperators.ADD);
        sums[1] = sumE.reduceLanes(VectorOperators.ADD);
        sums[2] = sumE2.reduceLanes(VectorOperators.ADD);
        ScalarLooKernels.ratios(ll, t, n, c, scale, lw, e, x, sums);
    }

    /** Two vectors per step, each with its own sums: the additions of the two overlap. */
    @Override
    public double sumAndRange(double[] x, int off, int n, double[] range) {
        int bound = n - n % (2 * LANES);
        if (bound == 0) return scalar.sumAndRange(x, off, n, range);
        DoubleVector sum0 = DoubleVector.zero(SPECIES);
        DoubleVector sum1 = sum0;
        DoubleVector lo0 = DoubleVector.broadcast(SPECIES, range[0]);
        DoubleVector lo1 = lo0;
        DoubleVector hi0 = DoubleVector.broadcast(SPECIES, range[1]);
        DoubleVector hi1 = hi0;
        for (int t = 0; t < bound; t += 2 * LANES) {
            DoubleVector v0 = DoubleVector.fromArray(SPECIES, x, off + t);
            DoubleVector v1 = DoubleVector.fromArray(SPECIES, x, off + t + LANES);
            sum0 = sum0.add(v0);
            sum1 = sum1.add(v1);
            lo0 = lo0.min(v0);
            lo1 = lo1.min(v1);
            hi0 = hi0.max(v0);
            hi1 = hi1.max(v1);
        }
        range[0] = lo0.min(lo1).reduceLanes(VectorOperators.MIN);
        range[1] = hi0.max(hi1).reduceLanes(VectorOperators.MAX);
        return sum0.add(sum1).reduceLanes(VectorOperators.ADD) + scalar.sumAndRange(x, off + bound, n - bound, range);
    }

    /** Two vectors per step, each with its own sum. */
    @Override
    public double residualSum(double[] x, int off, int n, double mean) {
        DoubleVector means = DoubleVector.broadcast(SPECIES, mean);
        DoubleVector sum0 = DoubleVector.zero(SPECIES);
        DoubleVector sum1 = sum0;
        int bound = n - n % (2 * LANES);
        for (int t = 0; t < bound; t += 2 * LANES) {
            sum0 = sum0.add(DoubleVector.fromArray(SPECIES, x, off + t).sub(means));
            sum1 = sum1.add(DoubleVector.fromArray(SPECIES, x, off + t + LANES).sub(means));
        }
        return sum0.add(sum1).reduceLanes(VectorOperators.ADD) + scalar.residualSum(x, off + bound, n - bound, mean);
    }

    @Override
    public void centreAndPair(double[] x, int off, int n, double mean, double[] centred, double[] pairSummed) {
        DoubleVector means = DoubleVector.broadcast(SPECIES, mean);
        int bound = SPECIES.loopBound(n);
        int t = 0;
        for (; t < bound; t += LANES) DoubleVector.fromArray(SPECIES, x, off + t).sub(means).intoArray(centred, off + t);
        for (; t < n; t++) centred[off + t] = x[off + t] - mean;
        // pairSummed[t] reads centred[t + 1], so this loop runs to n - 1
        int pairBound = SPECIES.loopBound(n - 1);
        for (t = 0; t < pairBound; t += LANES) {
            DoubleVector.fromArray(SPECIES, centred, off + t)
                    .add(DoubleVector.fromArray(SPECIES, centred, off + t + 1))
                    .intoArray(pairSummed, off + t);
        }
        for (; t < n - 1; t++) pairSummed[off + t] = centred[off + t] + centred[off + t + 1];
        pairSummed[off + n - 1] = centred[off + n - 1];
    }

    /** Two vectors per step, each with its own sum. */
    @Override
    public double lagSum(double[] c, int off, int n, int t) {
        int terms = n - t;
        if (terms <= 0) return 0;
        DoubleVector sum0 = DoubleVector.zero(SPECIES);
        DoubleVector sum1 = sum0;
        int bound = terms - terms % (2 * LANES);
        for (int i = 0; i < bound; i += 2 * LANES) {
            int j = off + i;
            sum0 = sum0.add(DoubleVector.fromArray(SPECIES, c, j).mul(DoubleVector.fromArray(SPECIES, c, j + t)));
            sum1 = sum1.add(DoubleVector.fromArray(SPECIES, c, j + LANES).mul(DoubleVector.fromArray(SPECIES, c, j + LANES + t)));
        }
        return sum0.add(sum1).reduceLanes(VectorOperators.ADD) + scalar.lagSum(c, off + bound, n - bound, t);
    }

    /**
     * Two vectors of draws per step, each with its own four sums: eight independent
     * additions, so the loop is not held up by the latency of any one.
     */
    @Override
    public void pairSums(double[] c, double[] z, int off, int n, int l, double[] out) {
        // below `all`, i + l + 6 < n: every one of the four pairs has its term
        int all = n - l - 6;
        int i = 0;
        if (all >= 2 * LANES) {
            DoubleVector s0 = DoubleVector.zero(SPECIES);
            DoubleVector s1 = s0;
            DoubleVector s2 = s0;
            DoubleVector s3 = s0;
            DoubleVector u0 = s0;
            DoubleVector u1 = s0;
            DoubleVector u2 = s0;
            DoubleVector u3 = s0;
            int bound = all - all % (2 * LANES);
            for (; i < bound; i += 2 * LANES) {
                DoubleVector x = DoubleVector.fromArray(SPECIES, c, off + i);
                DoubleVector y = DoubleVector.fromArray(SPECIES, c, off + i + LANES);
                int j = off + i + l;
                int k = j + LANES;
                s0 = s0.add(x.mul(DoubleVector.fromArray(SPECIES, z, j)));
                s1 = s1.add(x.mul(DoubleVector.fromArray(SPECIES, z, j + 2)));
                s2 = s2.add(x.mul(DoubleVector.fromArray(SPECIES, z, j + 4)));
                s3 = s3.add(x.mul(DoubleVector.fromArray(SPECIES, z, j + 6)));
                u0 = u0.add(y.mul(DoubleVector.fromArray(SPECIES, z, k)));
                u1 = u1.add(y.mul(DoubleVector.fromArray(SPECIES, z, k + 2)));
                u2 = u2.add(y.mul(DoubleVector.fromArray(SPECIES, z, k + 4)));
                u3 = u3.add(y.mul(DoubleVector.fromArray(SPECIES, z, k + 6)));
            }
            out[0] += s0.add(u0).reduceLanes(VectorOperators.ADD);
            out[1] += s1.add(u1).reduceLanes(VectorOperators.ADD);
            out[2] += s2.add(u2).reduceLanes(VectorOperators.ADD);
            out[3] += s3.add(u3).reduceLanes(VectorOperators.ADD);
        }
        ScalarLooKernels.pairSumsFrom(c, z, off, n, l, i, out);
    }

    /**
     * The prefix of small terms is found first (a scan that only compares), its series
     * terms are summed on lanes (the scalar remainder as {@link ScalarLooKernels}), and
     * {@link #logProduct} takes the rest. A lane mask choosing between series and
     * product for every term was several times slower on JDK 17.
     */
    @Override
    public double sumLogOnePlus(double a, double[] x, int n) {
        int split = 0;
        while (split < n && Math.abs(a * x[split]) <= MeanLogOnePlus.SERIES_LIMIT) split++;
        DoubleVector sum = DoubleVector.zero(SPECIES);
        int bound = SPECIES.loopBound(split);
        int i = 0;
        for (; i < bound; i += LANES) {
            DoubleVector u = DoubleVector.fromArray(SPECIES, x, i).mul(a);
            // u (1 + u (-1/2 + u (1/3 + u (-1/4 + u / 5)))), as MeanLogOnePlus.log1pSeries
            sum = sum.add(u.mul(0.2).add(-0.25).mul(u).add(1.0 / 3).mul(u).add(-0.5).mul(u).add(1.0).mul(u));
        }
        double series = sum.reduceLanes(VectorOperators.ADD);
        for (; i < split; i++) series += MeanLogOnePlus.log1pSeries(a * x[i]);
        return series + logProduct(a, x, split, n);
    }

    /**
     * {@code sum_{i in [from, n)} log(1 + a x_i)} in two partial products per lane (two
     * vectors, whose multiplications overlap), each taking at most
     * {@link MeanLogOnePlus#factorsPerRenormalisation} factors between renormalisations;
     * the last, partial vector is loaded under a mask, its missing lanes read as 0 and so
     * contribute factors {@code a 0 + 1 = 1} exactly.
     */
    private static double logProduct(double a, double[] x, int from, int n) {
        if (from >= n) return 0;
        int perProduct = MeanLogOnePlus.factorsPerRenormalisation(a, x, n);
        if (perProduct < 0) return Double.NaN;
        DoubleVector slope = DoubleVector.broadcast(SPECIES, a);
        DoubleVector p0 = DoubleVector.broadcast(SPECIES, 1.0);
        DoubleVector p1 = p0;
        LongVector exponents = LongVector.zero(LONG_SPECIES);
        LongVector bad = exponents;
        int i = from;
        while (i < n) {
            int end = Math.min(n, i + 2 * LANES * perProduct);
            for (; i + 2 * LANES <= end; i += 2 * LANES) {
                p0 = p0.mul(DoubleVector.fromArray(SPECIES, x, i).mul(slope).add(1.0));
                p1 = p1.mul(DoubleVector.fromArray(SPECIES, x, i + LANES).mul(slope).add(1.0));
            }
            if (i + LANES <= end) {
                p0 = p0.mul(DoubleVector.fromArray(SPECIES, x, i).mul(slope).add(1.0));
                i += LANES;
            }
            if (i < end) {
                VectorMask<Double> inRange = SPECIES.indexInRange(i, end);
                p1 = p1.mul(DoubleVector.fromArray(SPECIES, x, i, inRange).mul(slope).add(1.0));
                i = end;
            }
            LongVector bits0 = p0.viewAsIntegralLanes();
            LongVector bits1 = p1.viewAsIntegralLanes();
            // p = 2^(f - 1023) m with m in [1, 2), f the biased exponent field; f must be 1..2046
            LongVector f0 = bits0.lanewise(VectorOperators.LSHR, 52);
            LongVector f1 = bits1.lanewise(VectorOperators.LSHR, 52);
            // a sign bit, a zero/subnormal or an infinite/NaN field all fall outside 1..2046
            bad = bad.or(f0.sub(1)).or(f0.neg().add(2046)).or(f1.sub(1)).or(f1.neg().add(2046));
            exponents = exponents.add(f0.add(f1).sub(2 * 1023));
            p0 = bits0.and(MANTISSA).or(EXPONENT_ONE).viewAsFloatingLanes();
            p1 = bits1.and(MANTISSA).or(EXPONENT_ONE).viewAsFloatingLanes();
        }
        if (bad.reduceLanes(VectorOperators.OR) < 0) return Double.NaN;
        long e = exponents.reduceLanes(VectorOperators.ADD);
        // 2 L mantissas in [1, 2) multiply to less than 2^(2 L), far from overflow for any L up to 256
        double mantissas = p0.mul(p1).reduceLanes(VectorOperators.MUL);
        return e * ScalarLooKernels.LN2_HI + (e * ScalarLooKernels.LN2_LO + Math.log(mantissas));
    }

    @Override
    public void exceedances(double[] v, int m, double offset, double[] out) {
        double largest = 0;
        for (int j = 0; j < m; j++) largest = Math.max(largest, Math.abs(v[j]));
        // beyond the lane exponential's range (or NaN), the scalar code throughout
        int bound = largest < LaneExponential.LIMIT ? SPECIES.loopBound(m) : 0;
        int j = 0;
        for (; j < bound; j += LANES) {
            LaneExponential.exp(DoubleVector.fromArray(SPECIES, v, j)).sub(offset).intoArray(out, j);
        }
        ScalarLooKernels.exceedances(v, j, m, offset, out);
    }

    @Override
    public void paretoQuantiles(double[] logSurvival, int m, double k, double sigma, double offset, double[] out) {
        double largest = 0;
        for (int j = 0; j < m; j++) largest = Math.max(largest, Math.abs(k * logSurvival[j]));
        // beyond the lane exponential's range (or NaN), the scalar code throughout
        int bound = largest < LaneExponential.LIMIT ? SPECIES.loopBound(m) : 0;
        int j = 0;
        for (; j < bound; j += LANES) {
            LaneExponential.expm1(DoubleVector.fromArray(SPECIES, logSurvival, j).mul(-k))
                    .mul(sigma).div(k).add(offset).intoArray(out, j);
        }
        ScalarLooKernels.paretoQuantiles(logSurvival, j, m, k, sigma, offset, out);
    }

    /**
     * L entries at a time: their comparison's mask is turned into its bits {@code m}
     * (lanes of 0 or {@code 2^j}, added up), and the L indices
     * {@code t + SET_LANES[L m ..]} are stored at once, of which the first
     * {@code bitCount(m)} are kept by advancing the count. There is no branch per entry,
     * where the scalar loop's comparison compiles to a branch that the processor
     * mispredicts for a good share of the entries.
     */
    @Override
    public int atLeast(double[] v, int n, double threshold, int[] out) {
        DoubleVector bits = DoubleVector.fromArray(SPECIES, LANE_BITS, 0);
        DoubleVector none = DoubleVector.zero(SPECIES);
        int bound = SPECIES.loopBound(n);
        int count = 0;
        int t = 0;
        for (; t < bound; t += LANES) {
            VectorMask<Double> kept = DoubleVector.fromArray(SPECIES, v, t).compare(VectorOperators.GE, threshold);
            int m = (int) none.blend(bits, kept).reduceLanes(VectorOperators.ADD);
            IntVector.fromArray(INDEX_SPECIES, SET_LANES, LANES * m).add(t).intoArray(out, count);
            count += Integer.bitCount(m);
        }
        return ScalarLooKernels.atLeast(v, t, n, threshold, out, count);
    }
}
