package org.bayes4j.testkit;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A seeded generator of test inputs: reals in ranges and across magnitudes,
 * shapes, simplexes, positive-definite matrices and Cholesky factors. Every
 * value depends only on the seed, so a failing case replays exactly.
 */
public final class Gen {

    private final long seed;
    private final UniformRandomProvider rng;
    private final ZigguratSampler.NormalizedGaussian gaussian;

    private Gen(long seed) {
        this.seed = seed;
        this.rng = RandomSource.SPLIT_MIX_64.create(seed);
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
    }

    public static Gen seeded(long seed) { return new Gen(seed); }

    public long seed() { return seed; }

    /** The underlying stream (for code under test that takes a {@link UniformRandomProvider}). */
    public UniformRandomProvider rng() { return rng; }

    /** Uniform on {@code [lo, hi)}. */
    public double real(double lo, double hi) { return lo + (hi - lo) * rng.nextDouble(); }

    /** Log-uniform on {@code [lo, hi)}, for scales spanning orders of magnitude ({@code lo > 0}). */
    public double logUniform(double lo, double hi) { return Math.exp(real(Math.log(lo), Math.log(hi))); }

    /** Standard normal. */
    public double normal() { return gaussian.sample(); }

    /** Uniform integer on {@code [lo, hi]} (inclusive). */
    public int integer(int lo, int hi) { return lo + rng.nextInt(hi - lo + 1); }

    public boolean bool() { return rng.nextBoolean(); }

    /** One of the given values, uniformly. */
    @SafeVarargs
    public final <T> T oneOf(T... values) { return values[rng.nextInt(values.length)]; }

    public double oneOf(double... values) { return values[rng.nextInt(values.length)]; }

    public double[] reals(int n, double lo, double hi) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = real(lo, hi);
        return x;
    }

    public double[] normals(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = normal();
        return x;
    }

    public double[] positives(int n, double lo, double hi) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = logUniform(lo, hi);
        return x;
    }

    /** A random shape of rank in {@code [0, maxRank]} with each axis in {@code [1, maxAxis]}. */
    public int[] shape(int maxRank, int maxAxis) {
        int[] s = new int[integer(0, maxRank)];
        for (int i = 0; i < s.length; i++) s[i] = integer(1, maxAxis);
        return s;
    }

    /** A random shape of exactly the given rank. */
    public int[] shapeOfRank(int rank, int maxAxis) {
        int[] s = new int[rank];
        for (int i = 0; i < rank; i++) s[i] = integer(1, maxAxis);
        return s;
    }

    /** A point of the simplex of size {@code k}, from a flat Dirichlet (normalised exponentials), bounded away from 0. */
    public double[] simplex(int k) {
        double[] p = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            p[i] = -Math.log(1 - rng.nextDouble()) + 1e-3;
            sum += p[i];
        }
        for (int i = 0; i < k; i++) p[i] /= sum;
        return p;
    }

    /**
     * A random {@code k x k} symmetric positive-definite matrix (row-major):
     * {@code A A^T + k I / 10} with standard normal {@code A}, so it is well conditioned.
     */
    public double[] positiveDefinite(int k) {
        double[] a = normals(k * k);
        double[] s = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                double v = 0;
                for (int m = 0; m < k; m++) v += a[i * k + m] * a[j * k + m];
                s[i * k + j] = v + (i == j ? 0.1 * k : 0);
            }
        }
        return s;
    }

    /** The lower Cholesky factor of {@link #positiveDefinite(int)}. */
    public double[] choleskyCovariance(int k) { return cholesky(positiveDefinite(k), k); }

    /** The Cholesky factor of a random correlation matrix (rows of unit norm, positive diagonal). */
    public double[] choleskyCorrelation(int k) {
        double[] l = choleskyCovariance(k);
        for (int i = 0; i < k; i++) {
            double norm = 0;
            for (int j = 0; j <= i; j++) norm += l[i * k + j] * l[i * k + j];
            norm = Math.sqrt(norm);
            for (int j = 0; j <= i; j++) l[i * k + j] /= norm;
        }
        return l;
    }

    /** Lower Cholesky factor of a symmetric positive-definite row-major matrix. */
    public static double[] cholesky(double[] s, int k) {
        double[] l = new double[k * k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= i; j++) {
                double v = s[i * k + j];
                for (int m = 0; m < j; m++) v -= l[i * k + m] * l[j * k + m];
                l[i * k + j] = i == j ? Math.sqrt(v) : v / l[j * k + j];
            }
        }
        return l;
    }

    /** Strictly increasing values. */
    public double[] ordered(int k, double lo, double hi) {
        double[] x = reals(k, lo, hi);
        Arrays.sort(x);
        for (int i = 1; i < k; i++) if (x[i] <= x[i - 1]) x[i] = Math.nextUp(x[i - 1]) + 1e-6;
        return x;
    }

    @Override public String toString() { return "Gen(seed=" + seed + ")"; }
}
