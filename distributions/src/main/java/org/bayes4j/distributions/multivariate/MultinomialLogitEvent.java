package org.bayes4j.distributions.multivariate;

import org.bayes4j.spi.numeric.TabulatedExponential;

/**
 * One event of the multinomial on the logit scale, less its coefficient, with its partials: with the
 * availability mask $a$ ($a_j = 1$ for every $j$ when there is none) and any shift $c$,
 * $$\sum_j y_j(\eta_j - c) - n\log\sum_j a_j e^{\eta_j - c},\qquad
 *   \partial_{\eta_j} = y_j - n\,\frac{a_j e^{\eta_j - c}}{\sum_i a_i e^{\eta_i - c}},$$
 * valid on the support, where $y_j = 0$ wherever $a_j = 0$ and $\sum_j y_j = n$. Shared by
 * {@code multinomial_logit} and {@code multinomial_logit_masked}.
 *
 * <p>The shift. The textbook $c = \max_j \eta_j$ costs a chain of dependent comparisons per event,
 * which dominated these families' loops. {@link #modalShift} takes $c = \eta_o$ with $o$ the modal
 * category (largest count, {@link CountCoefficients#modalCategory()}), a single load: its term is
 * $e^0 = 1$, so the sum is at least 1 and no term that matters can underflow; and rounding stays
 * relative to the result, because when the counts are likely ($\mathrm{lp} \approx 0$) the modal
 * logit is near the largest and the terms are small, while when $\eta_o$ lies far below the largest
 * logit, $\mathrm{lp} \le y_o \log p_o$ is as large as the terms. Logits spanning more than the
 * exponential's range (about 700), or not finite, show in the sums; then {@link #careful} shifts by the
 * largest available logit.
 */
final class MultinomialLogitEvent {

    private MultinomialLogitEvent() {}

    /**
     * The event's value, shifted by the logit of {@code modal} (an available category with a positive
     * count when {@code n > 0}), with every category visited and the mask as a factor, so the loop's
     * trip count never depends on the data; {@code mask} null means all available. Its partials are
     * added to {@code etaAdjoint} (when not null) only when the value is returned; NaN, with nothing
     * added, when the sums were not finite or below 1, for {@link #careful}.
     *
     * @param numerator scratch of at least {@code k} entries
     */
    static double modalShift(double[] y, int yAt, double n, double[] eta, int etaAt, double[] mask, int maskAt, int k, int modal,
                             double[] numerator, double[] etaAdjoint) {
        double shift = eta[etaAt + modal], sum = 0, dot = 0;
        for (int j = 0; j < k; j++) {
            double s = eta[etaAt + j] - shift, e = TabulatedExponential.exp(s);
            if (mask != null) e *= mask[maskAt + j];
            numerator[j] = e;
            sum += e;
            dot += y[yAt + j] * s;
        }
        if (!(sum >= 1 && sum <= Double.MAX_VALUE && Math.abs(dot) <= Double.MAX_VALUE)) return Double.NaN;
        if (etaAdjoint != null) {
            double scale = n / sum; // n p_j = scale a_j e^{eta_j - c}
            for (int j = 0; j < k; j++) etaAdjoint[etaAt + j] += y[yAt + j] - scale * numerator[j];
        }
        return dot - n * Math.log(sum);
    }

    /**
     * The event's value and partials when {@link #modalShift} could not give them: $-\infty$, with no
     * partials, when a logit is not finite; otherwise shifted by the largest available logit, skipping
     * unavailable categories (whose logits may lie anywhere), so the largest term is 1 and no available
     * term is lost. At least one category must be available.
     */
    static double careful(double[] y, int yAt, double n, double[] eta, int etaAt, double[] mask, int maskAt, int k, double[] etaAdjoint) {
        if (!allFinite(eta, etaAt, k)) return Double.NEGATIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY, sum = 0, dot = 0;
        for (int j = 0; j < k; j++) if (available(mask, maskAt, j)) max = Math.max(max, eta[etaAt + j]);
        for (int j = 0; j < k; j++) {
            if (!available(mask, maskAt, j)) continue;
            double s = eta[etaAt + j] - max;
            sum += Math.exp(s);
            dot += y[yAt + j] * s;
        }
        if (etaAdjoint != null) {
            double scale = n / sum;
            for (int j = 0; j < k; j++) {
                if (available(mask, maskAt, j)) etaAdjoint[etaAt + j] += y[yAt + j] - scale * Math.exp(eta[etaAt + j] - max);
            }
        }
        return dot - n * Math.log(sum);
    }

    /** Whether every entry is finite, without a branch per entry. */
    static boolean allFinite(double[] v, int from, int length) {
        double probe = 0;
        for (int j = 0; j < length; j++) probe += v[from + j] * 0; // stays 0 unless an entry is infinite or NaN
        return probe == 0;
    }

    private static boolean available(double[] mask, int maskAt, int j) { return mask == null || mask[maskAt + j] == 1; }
}
