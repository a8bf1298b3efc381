package org.bayes4j.models.grouped;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Normalised log probability mass functions of one group's counts
 * {@code y} (K categories, {@code N = sum_k y_k} trials), for scoring
 * held-out groups; constants are kept, as in the distribution families, so
 * the scores are true log predictive densities.
 * <ul>
 *   <li>Multinomial with logits: {@code log N! - sum_k log y_k! + sum_k y_k log softmax(eta)_k},
 *       the log-softmax as {@code eta_k - logSumExp(eta)};</li>
 *   <li>Dirichlet-multinomial (Mosimann 1962; Stan Functions Reference):
 *       {@code log N! - sum_k log y_k! + log Gamma(a_0) - log Gamma(N + a_0)
 *       + sum_k [log Gamma(y_k + a_k) - log Gamma(a_k)]}, {@code a_0 = sum_k a_k}.</li>
 * </ul>
 * Terms of categories with {@code y_k = 0} are exactly zero and skipped.
 */
final class CountLikelihoods {

    private CountLikelihoods() {}

    /** {@code log(N! / prod_k y_k!)}. */
    static double logMultinomialCoefficient(int[] y) {
        int n = 0;
        double sum = 0;
        for (int v : y) {
            n += v;
            sum -= LogGamma.value(v + 1.0);
        }
        return sum + LogGamma.value(n + 1.0);
    }

    /** Multinomial log pmf of {@code y} with probabilities {@code softmax(eta)}, given its coefficient. */
    static double multinomialLogit(int[] y, double[] eta, double logCoefficient) {
        double max = Double.NEGATIVE_INFINITY;
        for (double e : eta) max = Math.max(max, e);
        double sum = 0;
        for (double e : eta) sum += Math.exp(e - max);
        double logNormaliser = max + Math.log(sum);
        double lp = logCoefficient;
        for (int k = 0; k < y.length; k++) if (y[k] > 0) lp += y[k] * (eta[k] - logNormaliser);
        return lp;
    }

    /** Dirichlet-multinomial log pmf of {@code y} with concentrations {@code alpha}, given its coefficient. */
    static double dirichletMultinomial(int[] y, double[] alpha, double logCoefficient) {
        int n = 0;
        double alpha0 = 0;
        double lp = logCoefficient;
        for (int k = 0; k < y.length; k++) {
            n += y[k];
            alpha0 += alpha[k];
            if (y[k] > 0) lp += LogGamma.value(y[k] + alpha[k]) - LogGamma.value(alpha[k]);
        }
        return lp + LogGamma.value(alpha0) - LogGamma.value(n + alpha0);
    }
}
