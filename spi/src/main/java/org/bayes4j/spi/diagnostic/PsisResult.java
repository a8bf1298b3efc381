package org.bayes4j.spi.diagnostic;

/**
 * Pareto smoothed importance sampling of one vector of log importance ratios
 * (Vehtari, Simpson, Gelman, Yao and Gabry 2024, "Pareto smoothed importance
 * sampling", JMLR 25).
 *
 * @param logWeights  smoothed, truncated, unnormalised log weights (same scale as the log ratios)
 * @param paretoK     the fitted generalised-Pareto shape k-hat of the upper tail ({@code Infinity} when no fit was possible)
 * @param nEff        effective sample size of the normalised weights, {@code r_eff / sum w^2}
 * @param tailLength  number of largest ratios replaced by the fitted tail
 * @param kThreshold  the sample-size-dependent reliability threshold {@code min(1 - 1/log10(S), 0.7)}
 */
public record PsisResult(double[] logWeights, double paretoK, double nEff, int tailLength, double kThreshold) {
    public PsisResult {
        logWeights = logWeights.clone();
    }

    @Override public double[] logWeights() { return logWeights.clone(); }

    /** Log weights normalised to sum to one (log scale). */
    public double[] normalisedLogWeights() {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : logWeights) max = Math.max(max, v);
        double s = 0;
        for (double v : logWeights) s += Math.exp(v - max);
        double logSum = max + Math.log(s);
        double[] out = new double[logWeights.length];
        for (int i = 0; i < out.length; i++) out[i] = logWeights[i] - logSum;
        return out;
    }
}
