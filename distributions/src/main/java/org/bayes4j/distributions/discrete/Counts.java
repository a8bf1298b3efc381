package org.bayes4j.distributions.discrete;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;

/**
 * Counting helpers shared by the binomial families: the log binomial
 * coefficient and exact binomial draws.
 */
public final class Counts {

    /** Below this many trials a binomial draw counts Bernoulli trials directly. */
    private static final long DIRECT_TRIALS = 32;

    /** Largest count exactly representable as a double (and so as a model value). */
    static final double MAX_EXACT_COUNT = 9007199254740992.0; // 2^53

    private Counts() {}

    /** True for $0, 1, 2, \dots$ up to $2^{53}$. */
    public static boolean isCount(double n) {
        return n >= 0 && n <= MAX_EXACT_COUNT && n == Math.rint(n);
    }

    /** Trials up to which log binomial coefficients come from a table of log factorials. */
    static final int TABULATED_TRIALS = 2048;

    /**
     * $\log k!$ for $k \le$ {@link #TABULATED_TRIALS}, each from {@link LogGamma} (accurate to
     * about one ulp). Counts in models are usually small, and three lookups are far cheaper than
     * a log-beta evaluation inside a gradient loop.
     */
    private static final double[] LOG_FACTORIAL = new double[TABULATED_TRIALS + 1];

    static {
        for (int k = 2; k <= TABULATED_TRIALS; k++) LOG_FACTORIAL[k] = LogGamma.value(k + 1.0);
    }

    /**
     * $\log\binom{n}{k}$ for $0 \le k \le n$. For $n \le 2048$:
     * $\log n! - \log k! - \log (n-k)!$ from the table; the absolute error is a few ulps of
     * $\log n! \le 1.4 \cdot 10^4$, about $10^{-11}$, while every non-zero result is at least
     * $\log 2$. Beyond the table: $-\log(n+1) - \log B(n-k+1, k+1)$, the beta form, which avoids
     * subtracting three large log-gammas ({@link LogBeta} keeps its own large-argument corrections).
     */
    public static double logBinomialCoefficient(double n, double k) {
        if (k == 0 || k == n) return 0;
        if (n <= TABULATED_TRIALS && k > 0 && k < n) return LOG_FACTORIAL[(int) n] - LOG_FACTORIAL[(int) k] - LOG_FACTORIAL[(int) (n - k)];
        return -Math.log1p(n) - LogBeta.value(n - k + 1, k + 1);
    }

    /**
     * An exact draw from Binomial(n, p) by recursive splitting on a uniform order statistic
     * (Devroye 1986, <i>Non-Uniform Random Variate Generation</i>, X.4.3; Knuth, TAOCP 2, 3.4.1):
     * a Binomial(n, p) count is the number of n uniforms below p. The i-th smallest uniform
     * $V$, with $i = \lceil n/2 \rceil$, is Beta(i, n+1-i). If $p < V$ the count is
     * Binomial(i-1, p/V), since the i-1 smaller uniforms are uniform on $(0, V)$; otherwise it is
     * $i$ + Binomial(n-i, (p-V)/(1-V)). Each split halves n, so O(log n) beta draws reduce the
     * problem to at most 32 trials, which are counted directly. Nothing is approximated.
     */
    public static long binomial(UniformRandomProvider rng, long n, double p) {
        long offset = 0;
        long trials = n;
        double prob = p;
        while (trials > DIRECT_TRIALS && prob > 0 && prob < 1) {
            long i = (trials + 1) / 2;
            double v = ChengBetaSampler.of(rng, i, trials + 1 - i).sample();
            if (prob < v) {
                trials = i - 1;
                prob = prob / v;
            } else {
                offset += i;
                trials -= i;
                prob = (prob - v) / (1 - v);
            }
        }
        if (prob <= 0) return offset;
        if (prob >= 1) return offset + trials;
        long successes = 0;
        for (long t = 0; t < trials; t++) if (rng.nextDouble() < prob) successes++;
        return offset + successes;
    }
}
