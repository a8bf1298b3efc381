package org.bayes4j.validation.uniformity;

import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * Simultaneous confidence band for the ECDF of {@code N} values that should be
 * uniform on (0, 1), evaluated at {@code K - 1} interior points {@code z_i = i/K}
 * (Säilynoja, Bürkner &amp; Vehtari 2022, "Graphical test for discrete
 * uniformity...", Statistics and Computing 32:32, section 2).
 *
 * <p>Under uniformity the ECDF count at {@code z_i} is {@code Binomial(N, z_i)};
 * the pointwise central interval of level {@code 1 - gamma} is
 * {@code [q(gamma/2), q(1 - gamma/2)]} with {@code q} the binomial quantile
 * (smallest {@code x} with {@code F(x) >= p}). A band of pointwise level
 * {@code 1 - alpha} is too narrow simultaneously, so {@code gamma} is adjusted:
 * the adjusted {@code gamma} is the largest value whose band holds the whole
 * ECDF with probability at least {@code 1 - alpha}.
 *
 * <p>That probability is computed exactly by the forward recursion of the
 * paper's optimisation method (section 2.2): given the count {@code x_{i-1}}
 * at {@code z_{i-1}}, the count at {@code z_i} is
 * {@code x_{i-1} + Binomial(N - x_{i-1}, (z_i - z_{i-1}) / (1 - z_{i-1}))}, so
 * the probability mass of the trajectories that stayed inside the band is
 * carried from one point to the next, dropping what leaves it. The coverage is
 * a non-increasing step function of {@code gamma}; bisection finds its last
 * value at or above {@code 1 - alpha}. Nothing is tabulated.
 */
public final class EcdfBand {

    private final int n;
    private final int k;

    public EcdfBand(int n, int k) {
        if (n < 1) throw new IllegalArgumentException("ECDF band needs N >= 1 values, got " + n);
        if (k < 2) throw new IllegalArgumentException("ECDF band needs K >= 2 evaluation intervals, got " + k);
        this.n = n;
        this.k = k;
    }

    /** The usual number of evaluation intervals: {@code min(N, 100)}, at least 2. */
    public static EcdfBand forSample(int n) { return new EcdfBand(n, Math.max(2, Math.min(n, 100))); }

    public int n() { return n; }

    public int k() { return k; }

    /** Interior evaluation point {@code z_i = i / K}, {@code i = 1..K-1}. */
    public double z(int i) { return (double) i / k; }

    /** Lower pointwise limit (a count) at {@code z_i} for pointwise level {@code gamma}. */
    public int lower(int i, double gamma) { return BinomialDistribution.of(n, z(i)).inverseCumulativeProbability(gamma / 2); }

    /** Upper pointwise limit (a count) at {@code z_i} for pointwise level {@code gamma}. */
    public int upper(int i, double gamma) { return BinomialDistribution.of(n, z(i)).inverseCumulativeProbability(1 - gamma / 2); }

    /** Probability under uniformity that the ECDF stays inside the band of pointwise level {@code gamma} at every {@code z_i}. */
    public double coverage(double gamma) {
        double[] inside = new double[n + 1];
        inside[0] = 1;              // at z_0 = 0 the count is 0
        int lo0 = 0;
        int hi0 = 0;
        double zPrev = 0;
        for (int i = 1; i < k; i++) {
            int lo = lower(i, gamma);
            int hi = upper(i, gamma);
            double[] next = new double[n + 1];
            double step = (z(i) - zPrev) / (1 - zPrev);
            double odds = step / (1 - step);
            for (int x1 = lo0; x1 <= hi0; x1++) {
                if (inside[x1] == 0) continue;
                int trials = n - x1;
                int first = Math.max(lo, x1) - x1;
                int last = Math.min(hi - x1, trials);
                if (first > last) continue;
                // pmf of the increment by the ratio pmf(j+1)/pmf(j) = (m - j)/(j + 1) * p/(1 - p); while the value
                // is tiny the recurrence runs in logs, so a deep-tail start cannot underflow to a false 0
                double logPmf = BinomialDistribution.of(trials, step).logProbability(first);
                double pmf = Math.exp(logPmf);
                for (int j = first; j <= last; j++) {
                    next[x1 + j] += inside[x1] * pmf;
                    double ratio = (double) (trials - j) / (j + 1) * odds;
                    if (pmf < 1e-250) {
                        logPmf += Math.log(ratio);
                        pmf = Math.exp(logPmf);
                    } else {
                        pmf *= ratio;
                    }
                }
            }
            inside = next;
            lo0 = lo;
            hi0 = hi;
            zPrev = z(i);
        }
        double total = 0;
        for (int x = lo0; x <= hi0; x++) total += inside[x];
        return total;
    }

    /** The adjusted pointwise level for a simultaneous band of level {@code 1 - alpha}. */
    public double adjustedGamma(double alpha) {
        if (!(alpha > 0 && alpha < 1)) throw new IllegalArgumentException("alpha is " + alpha + ", but must be in (0, 1)");
        double good = 0;         // coverage(0) = 1
        double bad = alpha;      // the pointwise band at level alpha covers less than 1 - alpha at any one point already
        if (coverage(bad) >= 1 - alpha) return bad;
        while (bad - good > 1e-12 * Math.max(1, bad)) {
            double mid = 0.5 * (good + bad);
            if (coverage(mid) >= 1 - alpha) good = mid;
            else bad = mid;
        }
        return good;
    }

    /** ECDF counts {@code #{u_j <= z_i}} at {@code i = 1..K-1} (index 0 unused). */
    public int[] counts(double[] u) {
        if (u.length != n) throw new IllegalArgumentException("expected " + n + " values, got " + u.length);
        int[] c = new int[k];
        for (double v : u) {
            // the count at z_i includes v when v <= i/K, i.e. for i >= ceil(v K)
            int first = Math.max(1, (int) Math.ceil(v * k));
            if (first < k) c[first]++;
        }
        for (int i = 2; i < k; i++) c[i] += c[i - 1];
        return c;
    }

    /** Whether the ECDF of {@code u} leaves the band of pointwise level {@code gamma} at some {@code z_i}. */
    public boolean leavesBand(double[] u, double gamma) {
        int[] c = counts(u);
        for (int i = 1; i < k; i++) if (c[i] < lower(i, gamma) || c[i] > upper(i, gamma)) return true;
        return false;
    }

    /**
     * p-value of the band test: the smallest {@code alpha} whose simultaneous band
     * the ECDF leaves. The ECDF is inside the band of level {@code gamma} exactly
     * when {@code gamma} does not exceed the smallest pointwise two-sided tail
     * probability {@code t = min_i 2 min(F(x_i), 1 - F(x_i - 1))}; the null
     * probability of leaving that band is {@code 1 - coverage(t)}.
     */
    public double pValue(double[] u) {
        int[] c = counts(u);
        double t = 1;
        for (int i = 1; i < k; i++) {
            BinomialDistribution b = BinomialDistribution.of(n, z(i));
            double lowerTail = b.cumulativeProbability(c[i]);
            double upperTail = b.survivalProbability(c[i] - 1);
            t = Math.min(t, 2 * Math.min(lowerTail, upperTail));
        }
        // just inside the observed ECDF's own band, so round-off at a band edge cannot flip it
        double p = 1 - coverage(Math.min(1, t) * (1 - 1e-9));
        return Math.max(0, Math.min(1, p));
    }
}
