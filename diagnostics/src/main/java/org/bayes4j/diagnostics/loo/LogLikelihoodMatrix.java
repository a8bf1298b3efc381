package org.bayes4j.diagnostics.loo;

/**
 * Checks and slices a pointwise log-likelihood matrix {@code logLik[s][i]}
 * (draw s, observation i): rectangular, at least two draws, every entry finite.
 */
final class LogLikelihoodMatrix {

    private LogLikelihoodMatrix() {}

    static void validate(String what, double[][] logLik) {
        validateShape(what, logLik);
        IllegalArgumentException e = firstNonFinite(what, logLik);
        if (e != null) throw e;
    }

    /** At least two draws, at least one observation, every draw of the same length. */
    static void validateShape(String what, double[][] logLik) {
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
        }
    }

    /**
     * The error naming the first entry (by draw, then observation) that is not
     * finite, or null when all are; for callers that check finiteness on the way
     * and, on finding a bad entry, need the message {@link #validate} would give.
     */
    static IllegalArgumentException firstNonFinite(String what, double[][] logLik) {
        for (int s = 0; s < logLik.length; s++) {
            double[] row = logLik[s];
            for (int i = 0; i < row.length; i++) {
                if (!Double.isFinite(row[i])) {
                    return new IllegalArgumentException(what + ": log_lik[" + s + "][" + i + "] is " + row[i] + ", but must be finite");
                }
            }
        }
        return null;
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
