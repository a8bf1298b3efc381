package org.bayes4j.models.grouped;

/**
 * The average of densities given their logarithms,
 * {@code log((1/R) sum_r exp(x_r))}, computed as
 * {@code max + log(mean(exp(x_r - max)))} so neither overflow nor underflow
 * of every term can occur. Averaging on the probability scale is what
 * integrating an unknown quantity out by simulation requires; the mean of
 * the logs would be biased low (Jensen's inequality). The same operation as
 * {@code KFoldProvider.marginaliseSimulations}, kept here because models
 * depend on the SPI only.
 */
final class LogMeanExp {

    private LogMeanExp() {}

    /** Per column {@code j}: the log-mean-exp of {@code x[r][j]} over the rows {@code r}. */
    static double[] overRows(double[][] x) {
        int columns = x[0].length;
        double[] out = new double[columns];
        for (int j = 0; j < columns; j++) {
            double max = Double.NEGATIVE_INFINITY;
            for (double[] row : x) max = Math.max(max, row[j]);
            if (max == Double.NEGATIVE_INFINITY) {
                out[j] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double sum = 0;
            for (double[] row : x) sum += Math.exp(row[j] - max);
            out[j] = max + Math.log(sum / x.length);
        }
        return out;
    }
}
