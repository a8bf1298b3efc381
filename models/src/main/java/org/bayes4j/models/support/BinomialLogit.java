package org.bayes4j.models.support;

/**
 * The binomial log probability on the log-odds scale, for scoring held-out
 * observations outside a compiled model:
 * $$ \log \text{Binomial}(k \mid n, \operatorname{logistic}(\eta))
 *    = \log\binom nk + k \log \operatorname{logistic}(\eta) + (n-k) \log \operatorname{logistic}(-\eta), $$
 * with $\log \operatorname{logistic}(\eta) = -\operatorname{log1p}(e^{-\eta})$
 * written for either sign of $\eta$ so it neither overflows nor rounds a
 * probability to 0 or 1 (Stan Functions Reference, "Binomial distribution,
 * logit parameterization").
 */
public final class BinomialLogit {

    private BinomialLogit() {}

    /** $\log\binom nk$ as $\sum_{i=1}^{k} \log\frac{n-k+i}{i}$ over the smaller of {@code k} and {@code n-k} (exact for the counts of the catalogue). */
    public static double logChoose(int n, int k) {
        if (k < 0 || k > n) throw new IllegalArgumentException("log binomial coefficient: k = " + k + " is outside 0.." + n);
        int m = Math.min(k, n - k);
        double sum = 0;
        for (int i = 1; i <= m; i++) sum += Math.log((double) (n - m + i) / i);
        return sum;
    }

    /** $\log \operatorname{logistic}(\eta) = -\log(1 + e^{-\eta})$. */
    public static double logLogistic(double eta) {
        return eta >= 0 ? -Math.log1p(Math.exp(-eta)) : eta - Math.log1p(Math.exp(eta));
    }

    /** The log probability of {@code k} successes in {@code n} trials with log-odds {@code eta}; {@code logChoose} precomputed. */
    public static double logPmf(int n, int k, double eta, double logChoose) {
        double lp = logChoose;
        if (k > 0) lp += k * logLogistic(eta);
        if (n > k) lp += (n - k) * logLogistic(-eta);
        return lp;
    }
}
