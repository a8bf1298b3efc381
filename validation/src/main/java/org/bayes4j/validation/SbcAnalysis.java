package org.bayes4j.validation;

import java.util.ArrayList;
import java.util.List;

import org.bayes4j.spi.validation.QuantityCheck;
import org.bayes4j.spi.validation.ValidationSettings;
import org.bayes4j.validation.sbc.ReplicateFit;
import org.bayes4j.validation.sbc.ReplicateResult;
import org.bayes4j.validation.uniformity.CoverageTolerance;
import org.bayes4j.validation.uniformity.EcdfBand;
import org.bayes4j.validation.uniformity.Holm;
import org.bayes4j.validation.uniformity.RankChiSquare;

/**
 * The checks over a model's replicates, per quantity, and the verdict.
 *
 * <p><b>Uniformity of ranks</b> (Talts et al. 2018; Säilynoja et al. 2022):
 * the randomised PIT values of each quantity are tested with the simultaneous
 * ECDF band (exact adjusted gamma, {@link EcdfBand}) and with a chi-square test
 * on binned ranks ({@link RankChiSquare}). Each test is corrected across the
 * model's {@code m} quantities with Holm's procedure at the settings' alpha, so
 * a calibrated model fails each test with probability at most alpha however
 * its quantities are correlated.
 *
 * <p><b>Recovery.</b> The count of replicates whose central 50% (90%) interval
 * covers the truth must lie in the central binomial acceptance range
 * {@link CoverageTolerance} at level {@code a = alpha / (2 m)}: by the union
 * bound over the {@code 2 m} coverage checks, a calibrated model fails
 * coverage with probability at most alpha. The joint log-likelihood is ranked
 * but has no interval check. Z-scores and posterior contraction
 * ({@code 1 - var_post / var_prior}, with the prior variance estimated by the
 * variance of the truths across replicates) are reported, not tested (Betancourt's
 * "z-score vs contraction" plot; Schad, Betancourt &amp; Vasishth 2021).
 *
 * <p>A quantity that is constant in every posterior (an element fixed by its
 * constraint, such as the upper triangle or unit diagonal of a correlation
 * Cholesky factor) carries no information: it is reported with undefined
 * p-values and coverage and left out of the {@code m} quantities tested.
 *
 * <p>So a calibrated model fails the whole validation with probability at most
 * {@code 3 alpha}; a fit that produced no draws fails it outright. Replicates
 * with divergences or R-hat above 1.01 are counted and kept in every check.
 */
public final class SbcAnalysis {

    /** R-hat above which a replicate is counted as not converged (Vehtari et al. 2021). */
    public static final double RHAT_LIMIT = 1.01;

    /** The quantities' data across the successful replicates. */
    public record Quantity(String name, int[] ranks, int[] thinnedDraws, double[] pit, double[] zScores, double[] contractions,
                           int covered50, int covered90, QuantityCheck check) {}

    private final List<ReplicateResult> succeeded;
    private final int failedFits;
    private final int withDivergences;
    private final int withHighRhat;
    private final List<Quantity> quantities;
    private final List<String> failures;

    public SbcAnalysis(String model, ValidationSettings settings, List<ReplicateResult> results) {
        this.succeeded = results.stream().filter(r -> !r.failed()).toList();
        this.failedFits = results.size() - succeeded.size();
        this.withDivergences = (int) results.stream().filter(r -> r.divergences() > 0).count();
        this.withHighRhat = (int) results.stream().filter(r -> r.maxRhat() > RHAT_LIMIT).count();
        this.failures = new ArrayList<>();
        if (failedFits > 0) {
            failures.add(failedFits + " of " + results.size() + " fits produced no draws, e.g. replicate "
                    + results.stream().filter(ReplicateResult::failed).findFirst().map(r -> r.replicate() + ": " + r.failure()).orElse(""));
        }
        this.quantities = succeeded.size() < 2 ? List.of() : check(settings.alpha());
        if (succeeded.size() < 2) failures.add("fewer than two replicates produced draws; nothing to test");
    }

    private List<Quantity> check(double alpha) {
        List<String> names = succeeded.get(0).quantities();
        for (ReplicateResult r : succeeded) {
            if (!r.quantities().equals(names)) {
                throw new IllegalStateException("replicate " + r.replicate() + " checked " + r.quantities() + " but replicate "
                        + succeeded.get(0).replicate() + " checked " + names + "; the simulation sizes must not change between replicates");
            }
        }
        int m = names.size();
        int n = succeeded.size();
        EcdfBand band = EcdfBand.forSample(n);
        double gamma95 = band.adjustedGamma(0.05);
        double[] chiP = new double[m];
        double[] ecdfP = new double[m];
        double[][] pits = new double[m][n];
        boolean[] constant = new boolean[m];
        for (int q = 0; q < m; q++) {
            constant[q] = true;
            for (int r = 0; r < n; r++) {
                pits[q][r] = succeeded.get(r).pit()[q];
                if (!(succeeded.get(r).sd()[q] == 0)) constant[q] = false;
            }
            chiP[q] = constant[q] ? Double.NaN : RankChiSquare.pValue(pits[q]);
            ecdfP[q] = constant[q] ? Double.NaN : band.pValue(pits[q]);
        }
        long tested = java.util.stream.IntStream.range(0, m).filter(q -> !constant[q]).count();
        boolean[] chiFailed = Holm.reject(chiP, alpha);
        boolean[] ecdfFailed = Holm.reject(ecdfP, alpha);
        double coverageLevel = alpha / (2.0 * Math.max(1, tested));

        List<Quantity> out = new ArrayList<>();
        for (int q = 0; q < m; q++) {
            String name = names.get(q);
            boolean isParameter = !name.equals(ReplicateFit.LOG_LIK) && !constant[q];
            int[] ranks = new int[n];
            int[] thinned = new int[n];
            double[] z = new double[n];
            double[] contraction = new double[n];
            int c50 = 0;
            int c90 = 0;
            double priorVar = variance(q);
            for (int r = 0; r < n; r++) {
                ReplicateResult rr = succeeded.get(r);
                ranks[r] = rr.rank()[q];
                thinned[r] = rr.thinnedDraws();
                z[r] = (rr.mean()[q] - rr.truth()[q]) / rr.sd()[q];
                contraction[r] = isParameter ? 1 - rr.sd()[q] * rr.sd()[q] / priorVar : Double.NaN;
                if (rr.covered50()[q]) c50++;
                if (rr.covered90()[q]) c90++;
            }
            boolean coverageFailed = isParameter && !(CoverageTolerance.accepts(c50, n, 0.5, coverageLevel)
                    && CoverageTolerance.accepts(c90, n, 0.9, coverageLevel));
            boolean outside = band.leavesBand(pits[q], gamma95);
            boolean failed = chiFailed[q] || ecdfFailed[q] || coverageFailed;
            QuantityCheck check = new QuantityCheck(name, chiP[q], chiFailed[q], ecdfP[q], outside, ecdfFailed[q],
                    isParameter ? (double) c50 / n : Double.NaN, isParameter ? (double) c90 / n : Double.NaN, coverageFailed,
                    isParameter ? mean(z) : Double.NaN, isParameter ? mean(contraction) : Double.NaN, failed);
            if (chiFailed[q]) failures.add(name + ": binned ranks are not uniform (chi-square p = " + format(chiP[q]) + ", Holm-corrected over " + tested + ")");
            if (ecdfFailed[q]) failures.add(name + ": rank ECDF leaves the simultaneous band (p = " + format(ecdfP[q]) + ", Holm-corrected over " + tested + ")");
            if (coverageFailed) failures.add(name + ": interval coverage " + c50 + "/" + n + " (50%), " + c90 + "/" + n
                    + " (90%) outside the binomial acceptance ranges");
            out.add(new Quantity(name, ranks, thinned, pits[q], z, contraction, c50, c90, check));
        }
        return out;
    }

    private double variance(int q) {
        double s = 0;
        for (ReplicateResult r : succeeded) s += r.truth()[q];
        double mu = s / succeeded.size();
        double ss = 0;
        for (ReplicateResult r : succeeded) ss += (r.truth()[q] - mu) * (r.truth()[q] - mu);
        return ss / (succeeded.size() - 1);
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    static String format(double p) { return String.format(java.util.Locale.ROOT, "%.3g", p); }

    public List<Quantity> quantities() { return quantities; }

    public List<QuantityCheck> checks() { return quantities.stream().map(Quantity::check).toList(); }

    public int replicates() { return succeeded.size() + failedFits; }

    public int failedFits() { return failedFits; }

    public int replicatesWithDivergences() { return withDivergences; }

    public int replicatesWithHighRhat() { return withHighRhat; }

    public List<String> failures() { return List.copyOf(failures); }

    public boolean passed() { return failures.isEmpty(); }
}
