package org.bayes4j.models.testing;

import java.util.Arrays;

import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.draws.Draws;

/**
 * Posterior mean, standard deviation, Monte Carlo standard error and central
 * quantiles of one recorded element, computed here from the raw draws so the
 * end-to-end tests do not depend on the diagnostics module they would then
 * also be testing.
 *
 * <p>The Monte Carlo standard error of the mean uses non-overlapping batch
 * means (Flegal, Haran &amp; Jones 2008): each chain is cut into batches of
 * {@code b = floor(sqrt(n))} draws, and {@code MCSE = sd(batch means) / sqrt(number of batches)}.
 * Batches never straddle chains, so chains stuck in different places inflate
 * the error rather than hide it. The effective sample size is
 * {@code (sd / MCSE)^2}. The error of the sd applies the same estimator to
 * the squared deviations {@code (x - mean)^2}, whose average is the
 * variance, and the delta method {@code MCSE(sd) = MCSE(var) / (2 sd)}; unlike
 * the normal-theory {@code sd / sqrt(2 ESS)} it stays honest for skewed,
 * heavy-tailed posteriors such as that of a scale parameter.
 *
 * @param mean     posterior mean over all chains
 * @param sd       posterior standard deviation
 * @param mcseMean Monte Carlo standard error of the mean
 * @param mcseSd   Monte Carlo standard error of the sd
 * @param sorted   the pooled draws in increasing order
 */
public record PosteriorMoments(double mean, double sd, double mcseMean, double mcseSd, double[] sorted) {

    /** Moments of element {@code index} (row-major, 0-based) of variable {@code name}. */
    public static PosteriorMoments of(Draws draws, String name, int index) {
        return of(draws.quantity(column(draws, name, index)));
    }

    /** Moments of a chains x iterations array. */
    public static PosteriorMoments of(double[][] chains) {
        int n = chains[0].length;
        int total = chains.length * n;
        double sum = 0;
        for (double[] c : chains) for (double x : c) sum += x;
        double mean = sum / total;
        double ss = 0;
        for (double[] c : chains) for (double x : c) ss += (x - mean) * (x - mean);
        double sd = Math.sqrt(ss / (total - 1));

        double mcse = batchMeansError(chains, x -> x);
        double mcseVariance = batchMeansError(chains, x -> (x - mean) * (x - mean));
        double mcseSd = mcseVariance / (2 * sd);

        double[] sorted = new double[total];
        int k = 0;
        for (double[] c : chains) for (double x : c) sorted[k++] = x;
        Arrays.sort(sorted);
        return new PosteriorMoments(mean, sd, mcse, mcseSd, sorted);
    }

    /** Effective sample size implied by the batch-means MCSE. */
    public double ess() { return (sd / mcseMean) * (sd / mcseMean); }

    /** Non-overlapping batch-means standard error of the average of {@code f(x)} over all draws. */
    private static double batchMeansError(double[][] chains, java.util.function.DoubleUnaryOperator f) {
        int n = chains[0].length;
        int batch = Math.max(1, (int) Math.floor(Math.sqrt(n)));
        int perChain = n / batch;
        int batches = perChain * chains.length;
        double[] means = new double[batches];
        double grand = 0;
        int b = 0;
        for (double[] c : chains) {
            for (int k = 0; k < perChain; k++) {
                double m = 0;
                for (int i = k * batch; i < (k + 1) * batch; i++) m += f.applyAsDouble(c[i]);
                means[b] = m / batch;
                grand += means[b++];
            }
        }
        grand /= batches;
        double ss = 0;
        for (double m : means) ss += (m - grand) * (m - grand);
        return Math.sqrt(ss / (batches - 1) / batches);
    }

    /** Empirical quantile (type 7, linear interpolation between order statistics). */
    public double quantile(double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /** Column of element {@code index} of variable {@code name}, by the variables' shapes (independent of how elements are labelled). */
    public static int column(Draws draws, String name, int index) {
        int offset = 0;
        for (VariableInfo v : draws.variables()) {
            if (v.name().equals(name)) {
                if (index < 0 || index >= v.size()) {
                    throw new AssertionError("'" + name + "' has " + v.size() + " elements; asked for element " + index);
                }
                return offset + index;
            }
            offset += v.size();
        }
        throw new AssertionError("no variable '" + name + "' in the draws; recorded: " + Backends.variableNames(draws));
    }
}
