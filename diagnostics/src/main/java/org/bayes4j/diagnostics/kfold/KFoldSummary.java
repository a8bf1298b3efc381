package org.bayes4j.diagnostics.kfold;

import java.util.List;

import org.bayes4j.diagnostics.convergence.Moments;
import org.bayes4j.spi.diagnostic.KFoldResult;

/**
 * The K-fold totals from pointwise values, as {@code loo}'s {@code kfold} and
 * {@code elpd()} report them: {@code elpd_kfold = sum_i elpd_i} with
 * {@code se = sqrt(N var(elpd_i))} (the sample variance, so the SE treats the N
 * pointwise terms as independent draws from the data distribution; Vehtari, Gelman
 * and Gabry 2017, Section 2.3). With the in-sample {@code lpd_i} of a full-data fit,
 * {@code p_kfold = sum_i (lpd_i - elpd_i)}, with its SE computed the same way.
 * {@code kfoldic = -2 elpd_kfold}.
 */
public final class KFoldSummary {

    private KFoldSummary() {}

    public static KFoldResult of(double[] pointwiseElpd, int[] folds, double[] lpd, List<String> warnings) {
        int n = pointwiseElpd.length;
        if (folds.length != n) {
            throw new IllegalArgumentException("kfold: " + n + " pointwise values, but folds has " + folds.length + " entries");
        }
        if (n < 2) throw new IllegalArgumentException("kfold: needs at least 2 rows, got " + n);
        for (int i = 0; i < n; i++) {
            double v = pointwiseElpd[i];
            if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("kfold: elpd[" + i + "] is " + v + ", but must be finite or -Infinity");
            }
        }
        FoldCheck.check(folds);
        double elpd = sum(pointwiseElpd);
        double se = Math.sqrt(n * Moments.variance(pointwiseElpd));
        double p = Double.NaN;
        double seP = Double.NaN;
        if (lpd != null) {
            if (lpd.length != n) throw new IllegalArgumentException("kfold: lpd has " + lpd.length + " entries, but there are " + n + " rows");
            double[] pointwiseP = new double[n];
            for (int i = 0; i < n; i++) pointwiseP[i] = lpd[i] - pointwiseElpd[i];
            p = sum(pointwiseP);
            seP = Math.sqrt(n * Moments.variance(pointwiseP));
        }
        return new KFoldResult(elpd, se, p, seP, -2 * elpd, 2 * se, pointwiseElpd, folds, warnings);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }
}
