package org.bayes4j.spi.diagnostic;

import java.util.List;

/**
 * Pareto-smoothed importance-sampling leave-one-out cross-validation of one
 * fit, as the R package {@code loo}'s {@code loo()} reports it (Vehtari, Gelman
 * and Gabry 2017). Totals are sums of the pointwise values; each SE is
 * {@code sqrt(N var(pointwise))}.
 *
 * @param elpdLoo            expected log pointwise predictive density
 * @param pLoo               effective number of parameters, {@code lpd - elpd_loo}
 * @param looic              {@code -2 elpd_loo}
 * @param pointwiseElpdLoo   per observation
 * @param pointwisePLoo      per observation
 * @param paretoK            per observation, the PSIS k-hat
 * @param psisNEff           per observation, the PSIS effective sample size
 * @param relativeEfficiency per observation, the r_eff used (1 when unknown)
 * @param kThreshold         the sample-size-dependent k threshold {@code min(1 - 1/log10(S), 0.7)}
 * @param warnings           plain-words warnings (observations with k above the threshold)
 */
public record LooResult(double elpdLoo, double seElpdLoo, double pLoo, double sePLoo, double looic, double seLooic,
                        double[] pointwiseElpdLoo, double[] pointwisePLoo, double[] paretoK, double[] psisNEff,
                        double[] relativeEfficiency, double kThreshold, List<String> warnings) {
    public LooResult {
        pointwiseElpdLoo = pointwiseElpdLoo.clone();
        pointwisePLoo = pointwisePLoo.clone();
        paretoK = paretoK.clone();
        psisNEff = psisNEff.clone();
        relativeEfficiency = relativeEfficiency.clone();
        warnings = List.copyOf(warnings);
    }

    @Override public double[] pointwiseElpdLoo() { return pointwiseElpdLoo.clone(); }

    @Override public double[] pointwisePLoo() { return pointwisePLoo.clone(); }

    @Override public double[] paretoK() { return paretoK.clone(); }

    @Override public double[] psisNEff() { return psisNEff.clone(); }

    @Override public double[] relativeEfficiency() { return relativeEfficiency.clone(); }

    /** Pointwise LOO information criterion, {@code -2 elpd_loo_i}. */
    public double[] pointwiseLooic() {
        double[] out = new double[pointwiseElpdLoo.length];
        for (int i = 0; i < out.length; i++) out[i] = -2 * pointwiseElpdLoo[i];
        return out;
    }

    /** Number of observations whose k-hat exceeds {@code threshold}. */
    public int countParetoKAbove(double threshold) {
        int n = 0;
        for (double k : paretoK) if (k > threshold) n++;
        return n;
    }
}
