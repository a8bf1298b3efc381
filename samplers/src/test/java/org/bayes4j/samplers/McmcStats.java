package org.bayes4j.samplers;

/**
 * Monte Carlo error for the statistical tests: multi-chain effective sample size
 * with Geyer's initial positive and monotone sequence estimator (Stan's
 * {@code ess} without rank normalisation; Stan Reference Manual, "Effective
 * sample size"), and the MCSE of a mean.
 */
final class McmcStats {

    private McmcStats() {}

    static double mean(double[][] chains) {
        double s = 0;
        int n = 0;
        for (double[] c : chains) for (double v : c) { s += v; n++; }
        return s / n;
    }

    static double variance(double[][] chains) {
        double m = mean(chains);
        double s = 0;
        int n = 0;
        for (double[] c : chains) for (double v : c) { s += (v - m) * (v - m); n++; }
        return s / (n - 1);
    }

    /** Effective sample size of the draws (chains x iterations). */
    static double ess(double[][] chains) {
        int m = chains.length, n = chains[0].length;
        double[] means = new double[m];
        double[] vars = new double[m];
        for (int c = 0; c < m; c++) {
            double s = 0;
            for (double v : chains[c]) s += v;
            means[c] = s / n;
            double ss = 0;
            for (double v : chains[c]) ss += (v - means[c]) * (v - means[c]);
            vars[c] = ss / (n - 1);
        }
        double w = 0, grand = 0;
        for (int c = 0; c < m; c++) { w += vars[c] / m; grand += means[c] / m; }
        double b = 0;
        if (m > 1) for (int c = 0; c < m; c++) b += (means[c] - grand) * (means[c] - grand) / (m - 1);
        double varPlus = w * (n - 1) / n + b;
        if (!(varPlus > 0)) return m * n;
        double sum = 0;
        double previousPair = Double.POSITIVE_INFINITY;
        for (int t = 0; t + 1 < n; t += 2) {
            double pair = rho(chains, means, w, varPlus, t) + rho(chains, means, w, varPlus, t + 1);
            if (pair < 0) break;
            pair = Math.min(pair, previousPair); // monotone sequence
            previousPair = pair;
            sum += pair;
        }
        double tau = -1 + 2 * sum;
        tau = Math.max(tau, 1.0 / Math.log10(m * (double) n));
        return m * n / tau;
    }

    private static double rho(double[][] chains, double[] means, double w, double varPlus, int lag) {
        int m = chains.length, n = chains[0].length;
        double acov = 0;
        for (int c = 0; c < m; c++) {
            double s = 0;
            double[] x = chains[c];
            for (int i = 0; i + lag < n; i++) s += (x[i] - means[c]) * (x[i + lag] - means[c]);
            acov += s / n / m;
        }
        // Stan: rho_t = 1 - (W - mean autocovariance_t) / var+, with W from (n-1)-normalised variances
        return 1 - (w - acov) / varPlus;
    }

    /** MCSE of the mean: $\sqrt{\hat\sigma^2 / \mathrm{ESS}}$. */
    static double mcseMean(double[][] chains) {
        return Math.sqrt(variance(chains) / ess(chains));
    }

    /** Elementwise map. */
    static double[][] map(double[][] chains, java.util.function.DoubleUnaryOperator f) {
        double[][] out = new double[chains.length][];
        for (int c = 0; c < chains.length; c++) {
            out[c] = new double[chains[c].length];
            for (int i = 0; i < out[c].length; i++) out[c][i] = f.applyAsDouble(chains[c][i]);
        }
        return out;
    }
}
