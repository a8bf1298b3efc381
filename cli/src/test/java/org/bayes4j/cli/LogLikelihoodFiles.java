package org.bayes4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Writes log-likelihood CSV files for the {@code loo} and {@code compare} tests. */
final class LogLikelihoodFiles {

    private LogLikelihoodFiles() {}

    /** Header {@code chain,y0,y1,...} (no chain column when {@code chainId} is null), one row per draw, exact doubles. */
    static Path write(Path file, double[][] logLik, int[] chainId) throws IOException {
        StringBuilder b = new StringBuilder();
        if (chainId != null) b.append("chain,");
        for (int i = 0; i < logLik[0].length; i++) b.append(i == 0 ? "" : ",").append('y').append(i);
        b.append('\n');
        for (int s = 0; s < logLik.length; s++) {
            if (chainId != null) b.append(chainId[s]).append(',');
            for (int i = 0; i < logLik[s].length; i++) b.append(i == 0 ? "" : ",").append(Double.toString(logLik[s][i]));
            b.append('\n');
        }
        Files.writeString(file, b.toString());
        return file;
    }

    /**
     * The normal-mean model with known sd 1 and a flat prior: data
     * $y_i \sim N(\mathrm{truth}, 1)$, posterior draws $\mu^{(s)} \sim N(\bar y, 1/n)$
     * (exact, independent; shifted by {@code offset} to make a worse model), and
     * $\log N(y_i \mid \mu^{(s)}, 1)$.
     */
    static double[][] normalMean(double[] y, int draws, double offset, long seed) {
        Random rng = new Random(seed);
        double mean = 0;
        for (double v : y) mean += v / y.length;
        double[][] out = new double[draws][y.length];
        for (int s = 0; s < draws; s++) {
            double mu = mean + offset + rng.nextGaussian() / Math.sqrt(y.length);
            for (int i = 0; i < y.length; i++) out[s][i] = -0.5 * Math.log(2 * Math.PI) - 0.5 * (y[i] - mu) * (y[i] - mu);
        }
        return out;
    }

    static double[] data(int n, long seed) {
        Random rng = new Random(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) y[i] = 1.5 + rng.nextGaussian();
        return y;
    }

    /**
     * The exact leave-one-out elpd of that model: with a flat prior the
     * predictive of $y_i$ given the rest is $N(\bar y_{-i}, 1 + 1/(n-1))$.
     */
    static double exactElpdLoo(double[] y) {
        int n = y.length;
        double sum = 0;
        for (double v : y) sum += v;
        double var = 1 + 1.0 / (n - 1);
        double elpd = 0;
        for (double v : y) {
            double m = (sum - v) / (n - 1);
            elpd += -0.5 * Math.log(2 * Math.PI * var) - 0.5 * (v - m) * (v - m) / var;
        }
        return elpd;
    }

    static int[] chains(int chains, int perChain) {
        int[] id = new int[chains * perChain];
        for (int s = 0; s < id.length; s++) id[s] = 1 + s / perChain;
        return id;
    }
}
