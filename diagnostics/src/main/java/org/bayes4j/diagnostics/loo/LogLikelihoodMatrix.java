package org.bayes4j.diagnostics.loo;

/**
 * Checks and slices a pointwise log-likelihood matrix {@code logLik[s][i]}
 * (draw s, observation i): rectangular, at least two draws, every entry finite.
 */
final class LogLikelihoodMatrix {

    private LogLikelihoodMatrix() {}

    static void validate(String what, double[][] logLik) {
        if (logLik == null || logLik.length < 2) {
            throw new IllegalArgumentException(what + ": log_lik needs at least 2 draws, got " + (logLik == null ? 0 : logLik.length));
        }
        int n = logLik[0].length;
        if (n == 0) throw new IllegalArgumentException(what + ": log_lik has no observations");
        for (int s = 0; s < logLik.length; s++) {
            if (logLik[s].length != n) {
                throw new IllegalArgumentException(what + ": log_lik draw " + s + " has " + logLik[s].length
                        + " observations, but draw 0 has " + n);
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(logLik[s][i])) {
                    throw new IllegalArgumentException(what + ": log_lik[" + s + "][" + i + "] is " + logLik[s][i] + ", but must be finite");
                }
            }
        }
    }

    static double[] column(double[][] logLik, int i) {
        double[] out = new double[logLik.length];
        for (int s = 0; s < out.length; s++) out[s] = logLik[s][i];
        return out;
    }

    /** {@code (sum, sqrt(N var))} of pointwise values: loo's estimate and its standard error. */
    static double[] estimate(double[] pointwise) {
        double sum = 0;
        for (double v : pointwise) sum += v;
        double se = Math.sqrt(pointwise.length * org.bayes4j.diagnostics.convergence.Moments.variance(pointwise));
        return new double[] {sum, se};
    }
}
