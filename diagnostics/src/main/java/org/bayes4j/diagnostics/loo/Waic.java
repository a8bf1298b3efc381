package org.bayes4j.diagnostics.loo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bayes4j.diagnostics.convergence.Moments;
import org.bayes4j.spi.diagnostic.WaicResult;

/**
 * The widely applicable information criterion (Watanabe 2010; Vehtari, Gelman
 * and Gabry 2017, Section 2.2): {@code lpd_i = log((1/S) sum_s p(y_i | theta_s))},
 * {@code p_waic_i = var_s(log p(y_i | theta_s))} (sample variance),
 * {@code elpd_waic_i = lpd_i - p_waic_i}, {@code waic = -2 elpd_waic}. As
 * {@code loo::waic}, a warning is given when some {@code p_waic_i} exceeds 0.4,
 * where WAIC is known to be unreliable and PSIS-LOO is preferable.
 */
public final class Waic {

    private static final double P_WAIC_LIMIT = 0.4;

    private Waic() {}

    public static WaicResult compute(double[][] logLik) {
        LogLikelihoodMatrix.validate("waic", logLik);
        int s = logLik.length;
        int n = logLik[0].length;
        double[] elpd = new double[n];
        double[] p = new double[n];
        double[] waic = new double[n];
        ColumnBlocks.forEach(logLik, (i, ll) -> {
            double lpd = LogSumExp.of(ll) - Math.log(s);
            p[i] = Moments.variance(ll);
            elpd[i] = lpd - p[i];
            waic[i] = -2 * elpd[i];
        });
        int large = 0;
        for (double v : p) if (v > P_WAIC_LIMIT) large++;
        double[] e = LogLikelihoodMatrix.estimate(elpd);
        double[] pe = LogLikelihoodMatrix.estimate(p);
        double[] ic = LogLikelihoodMatrix.estimate(waic);
        List<String> warnings = new ArrayList<>();
        if (large > 0) {
            warnings.add(String.format(Locale.ROOT, "%d of %d (%.1f%%) pointwise p_waic estimates are above 0.4; WAIC is unreliable, use PSIS-LOO instead",
                    large, n, 100.0 * large / n));
        }
        return new WaicResult(e[0], e[1], pe[0], pe[1], ic[0], ic[1], elpd, p, warnings);
    }
}
