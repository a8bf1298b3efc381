package org.bayes4j.distributions.multivariate;

/**
 * The LKJ normalising constant $\log c_K(\eta)$ and its derivative in $\eta$
 * ({@link LkjCorrCholeskyFamily#logConstant}, {@link LkjCorrCholeskyFamily#logConstantDerivative}),
 * remembered for the last $(\eta, K)$ asked. In a model $\eta$ is nearly always a constant, yet every
 * event of every gradient asked for both, a sum of log-beta and digamma functions per level; now they
 * are computed when $(\eta, K)$ changes, and the result is the same number.
 *
 * <p>Threading: one instance per family instance, which call sites of several threads may share; the
 * remembered value is an immutable record behind a volatile field, so a thread sees either a whole
 * earlier value or computes its own.
 */
final class LkjConstant {

    /** The constant and its derivative at one $(\eta, K)$. */
    record Value(double eta, int k, double log, double derivative) {}

    private volatile Value last;

    /** $\log c_K(\eta)$ and $\frac{d}{d\eta}\log c_K(\eta)$. */
    Value at(double eta, int k) {
        Value v = last;
        // compare bit patterns, so a remembered value is reused for exactly the eta it was computed at
        if (v != null && v.k() == k && Double.doubleToRawLongBits(v.eta()) == Double.doubleToRawLongBits(eta)) return v;
        v = new Value(eta, k, LkjCorrCholeskyFamily.logConstant(eta, k), LkjCorrCholeskyFamily.logConstantDerivative(eta, k));
        last = v;
        return v;
    }
}
