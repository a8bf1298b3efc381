package org.bayes4j.diagnostics.loo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bayes4j.spi.diagnostic.LooResult;
import org.bayes4j.spi.diagnostic.PsisResult;

/**
 * Leave-one-out cross-validation by Pareto smoothed importance sampling
 * (Vehtari, Gelman and Gabry 2017, Statistics and Computing 27, Section 2.1).
 *
 * <p>For observation i the raw importance ratios of the full posterior to the
 * leave-i-out posterior are {@code 1 / p(y_i | theta_s)}; PSIS smooths them into
 * normalised weights {@code w_{s,i}}, and
 * {@code elpd_loo_i = log sum_s w_{s,i} p(y_i | theta_s)}. With the in-sample
 * {@code lpd_i = log((1/S) sum_s p(y_i | theta_s))}, the effective number of
 * parameters is {@code p_loo_i = lpd_i - elpd_loo_i}; {@code looic = -2 elpd_loo}.
 */
public final class PsisLoo {

    private PsisLoo() {}

    public static LooResult compute(double[][] logLik, double[] rEff) {
        LogLikelihoodMatrix.validate("loo", logLik);
        int s = logLik.length;
        int n = logLik[0].length;
        if (rEff.length != n) {
            throw new IllegalArgumentException("loo: r_eff has " + rEff.length + " entries, but there are " + n + " observations");
        }
        double[] elpd = new double[n];
        double[] p = new double[n];
        double[] looic = new double[n];
        double[] k = new double[n];
        double[] nEff = new double[n];
        for (int i = 0; i < n; i++) {
            double[] ll = LogLikelihoodMatrix.column(logLik, i);
            double[] negative = new double[s];
            for (int t = 0; t < s; t++) negative[t] = -ll[t];
            PsisResult psis = ParetoSmoothedImportanceSampling.smooth(negative, rEff[i]);
            double[] lw = psis.normalisedLogWeights();
            double[] sum = new double[s];
            for (int t = 0; t < s; t++) sum[t] = ll[t] + lw[t];
            elpd[i] = LogSumExp.of(sum);
            double lpd = LogSumExp.of(ll) - Math.log(s);
            p[i] = lpd - elpd[i];
            looic[i] = -2 * elpd[i];
            k[i] = psis.paretoK();
            nEff[i] = psis.nEff();
        }
        double[] e = LogLikelihoodMatrix.estimate(elpd);
        double[] pe = LogLikelihoodMatrix.estimate(p);
        double[] ic = LogLikelihoodMatrix.estimate(looic);
        double threshold = ParetoSmoothedImportanceSampling.kThreshold(s);
        return new LooResult(e[0], e[1], pe[0], pe[1], ic[0], ic[1], elpd, p, k, nEff, rEff, threshold, warnings(k, threshold));
    }

    static List<String> warnings(double[] k, double threshold) {
        List<Integer> high = new ArrayList<>();
        for (int i = 0; i < k.length; i++) if (k[i] > threshold) high.add(i);
        List<String> out = new ArrayList<>();
        if (high.isEmpty()) return out;
        StringBuilder which = new StringBuilder();
        for (int j = 0; j < Math.min(10, high.size()); j++) {
            if (j > 0) which.append(", ");
            which.append(high.get(j)).append(String.format(Locale.ROOT, " (k = %.2f)", k[high.get(j)]));
        }
        if (high.size() > 10) which.append(", and ").append(high.size() - 10).append(" more");
        out.add(String.format(Locale.ROOT,
                "%d of %d observations have Pareto k above %.2f; their leave-one-out estimates are unreliable: observations %s; "
                        + "consider K-fold cross-validation or moment matching", high.size(), k.length, threshold, which));
        return out;
    }
}
