package org.bayes4j.diagnostics.loo;

import org.bayes4j.spi.diagnostic.PsisResult;

/**
 * Pareto smoothed importance sampling (Vehtari, Simpson, Gelman, Yao and Gabry
 * 2024, JMLR 25, Section 3; {@code loo::psis} 2.5.1).
 *
 * <p>Given S log importance ratios {@code log r_s} from draws with relative
 * efficiency {@code r_eff}: shift them so the largest is 0; take the
 * {@code M = ceil(min(0.2 S, 3 sqrt(S / r_eff)))} largest; fit a generalised
 * Pareto distribution ({@link GeneralisedParetoFit}) to their exceedances
 * {@code exp(log r) - exp(cutoff)} over the largest remaining ratio; replace the
 * tail ratios, in order, by the fitted quantiles at {@code (j - 1/2) / M} plus the
 * cutoff; truncate every weight at the largest raw weight; shift back. The
 * fitted shape k-hat diagnoses the estimate: below
 * {@code min(1 - 1/log10 S, 0.7)} the smoothed estimate is reliable. Tails of
 * fewer than 5 draws, or constant tails, are left unsmoothed with k-hat infinite.
 * The tail step itself, done without sorting all S ratios, is {@link ParetoTail}.
 */
public final class ParetoSmoothedImportanceSampling {

    private ParetoSmoothedImportanceSampling() {}

    /** {@code ceil(min(0.2 S, 3 sqrt(S / r_eff)))}. */
    public static int tailLength(int s, double rEff) {
        return (int) Math.ceil(Math.min(0.2 * s, 3 * Math.sqrt(s / rEff)));
    }

    /** The sample-size-dependent reliability threshold {@code min(1 - 1/log10(S), 0.7)}. */
    public static double kThreshold(int s) { return Math.min(1 - 1 / Math.log10(s), 0.7); }

    public static PsisResult smooth(double[] logRatios, double rEff) { return smooth(logRatios, rEff, LooKernels.SELECTED); }

    /** As {@link #smooth(double[], double)}, with the given kernels. */
    static PsisResult smooth(double[] logRatios, double rEff, LooKernels kernels) {
        int s = logRatios.length;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s; i++) {
            if (!Double.isFinite(logRatios[i])) {
                throw new IllegalArgumentException("psis: log ratio [" + i + "] is " + logRatios[i] + ", but must be finite");
            }
            max = Math.max(max, logRatios[i]);
        }
        if (!(rEff > 0)) throw new IllegalArgumentException("psis: r_eff is " + rEff + ", but must be positive");
        double[] lw = new double[s];
        for (int i = 0; i < s; i++) lw[i] = logRatios[i] - max;
        ParetoTail tail = new ParetoTail(s, kernels);
        tail.smooth(lw, s, rEff);
        double k = tail.k;
        // truncate at the largest raw weight (0 after the shift), then undo the shift
        for (int i = 0; i < s; i++) lw[i] = Math.min(lw[i], 0) + max;
        double[] normalised = normalise(lw);
        double sumSquares = 0;
        for (double v : normalised) sumSquares += Math.exp(2 * v);
        return new PsisResult(lw, k, rEff / sumSquares, tail.tailLength, kThreshold(s));
    }

    static double[] normalise(double[] logWeights) {
        double logSum = LogSumExp.of(logWeights);
        double[] out = new double[logWeights.length];
        for (int i = 0; i < out.length; i++) out[i] = logWeights[i] - logSum;
        return out;
    }
}
