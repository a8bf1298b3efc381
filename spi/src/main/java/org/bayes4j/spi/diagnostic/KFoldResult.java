package org.bayes4j.spi.diagnostic;

import java.util.List;

/**
 * K-fold cross-validation of one model, as the R package {@code loo} reports
 * {@code kfold()} (Vehtari, Gelman and Gabry 2017, Section 4). For row i, held
 * out in fold {@code folds[i]},
 * {@code elpd_i = log((1/S) sum_s p(y_i | theta_s^{(-k)}))} with the draws of the
 * fit to the other folds. Totals are sums; each SE is {@code sqrt(N var(pointwise))}.
 *
 * @param elpdKfold      expected log predictive density, {@code sum_i elpd_i}
 * @param seElpdKfold    its standard error
 * @param pKfold         {@code lpd - elpd_kfold}, the in-sample lpd of a full-data fit minus elpd_kfold (NaN when no full fit was made)
 * @param sePKfold       its standard error (NaN likewise)
 * @param kfoldic        {@code -2 elpd_kfold}
 * @param seKfoldic      {@code 2 seElpdKfold}
 * @param pointwiseElpd  per row, {@code elpd_i}
 * @param folds          per row, its fold {@code 0..K-1}
 * @param warnings       plain-words warnings (divergences or failed chains in a fold's fit)
 */
public record KFoldResult(double elpdKfold, double seElpdKfold, double pKfold, double sePKfold, double kfoldic,
                          double seKfoldic, double[] pointwiseElpd, int[] folds, List<String> warnings) {
    public KFoldResult {
        pointwiseElpd = pointwiseElpd.clone();
        folds = folds.clone();
        warnings = List.copyOf(warnings);
    }

    @Override public double[] pointwiseElpd() { return pointwiseElpd.clone(); }

    @Override public int[] folds() { return folds.clone(); }

    /** Number of folds K. */
    public int numFolds() {
        int k = 0;
        for (int f : folds) k = Math.max(k, f + 1);
        return k;
    }
}
