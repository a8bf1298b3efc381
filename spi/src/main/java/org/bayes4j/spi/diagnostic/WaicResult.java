package org.bayes4j.spi.diagnostic;

import java.util.List;

/**
 * The widely applicable information criterion (Watanabe 2010) as {@code loo::waic}
 * reports it: {@code elpd_waic_i = lpd_i - p_waic_i} with {@code p_waic_i} the
 * posterior variance of the log likelihood of observation i; totals are sums,
 * each SE is {@code sqrt(N var(pointwise))}.
 *
 * @param warnings plain-words warnings (pointwise p_waic above 0.4)
 */
public record WaicResult(double elpdWaic, double seElpdWaic, double pWaic, double sePWaic, double waic, double seWaic,
                         double[] pointwiseElpdWaic, double[] pointwisePWaic, List<String> warnings) {
    public WaicResult {
        pointwiseElpdWaic = pointwiseElpdWaic.clone();
        pointwisePWaic = pointwisePWaic.clone();
        warnings = List.copyOf(warnings);
    }

    @Override public double[] pointwiseElpdWaic() { return pointwiseElpdWaic.clone(); }

    @Override public double[] pointwisePWaic() { return pointwisePWaic.clone(); }

    /** Pointwise WAIC, {@code -2 elpd_waic_i}. */
    public double[] pointwiseWaic() {
        double[] out = new double[pointwiseElpdWaic.length];
        for (int i = 0; i < out.length; i++) out[i] = -2 * pointwiseElpdWaic[i];
        return out;
    }
}
