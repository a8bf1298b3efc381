package org.bayes4j.diagnostics.convergence;

/**
 * Splits every chain into its first and second half, doubling the number of
 * chains, so that a drift within a chain shows up as disagreement between
 * chains (split-R-hat, Gelman et al. 2013, BDA3 Section 11.4).
 *
 * <p>For a chain of length n the halves are iterations {@code 1..floor(n/2)} and
 * {@code ceil(n/2 + 1)..n} (1-based): with an odd n the middle draw is dropped,
 * exactly as the R {@code posterior} package's {@code .split_chains} does. A chain
 * of length one is returned unsplit.
 */
public final class SplitChains {

    private SplitChains() {}

    /** Returns {@code 2m} chains of length {@code floor(n/2)}: all first halves, then all second halves. */
    public static double[][] split(double[][] draws) {
        int m = draws.length;
        int n = draws[0].length;
        if (n == 1) return copy(draws);
        int half = n / 2;
        int secondStart = n - half; // 0-based index of iteration ceil(n/2 + 1)
        double[][] out = new double[2 * m][];
        for (int c = 0; c < m; c++) {
            out[c] = java.util.Arrays.copyOfRange(draws[c], 0, half);
            out[m + c] = java.util.Arrays.copyOfRange(draws[c], secondStart, n);
        }
        return out;
    }

    static double[][] copy(double[][] draws) {
        double[][] out = new double[draws.length][];
        for (int c = 0; c < draws.length; c++) out[c] = draws[c].clone();
        return out;
    }
}
