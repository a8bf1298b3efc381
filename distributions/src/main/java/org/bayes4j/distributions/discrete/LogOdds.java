package org.bayes4j.distributions.discrete;

/**
 * The logistic function and its logarithm, evaluated without overflow or
 * cancellation at any log-odds $\alpha$.
 *
 * <p>$\sigma(\alpha) = 1/(1 + e^{-\alpha})$ is formed from $e^{-|\alpha|} \le 1$, so the
 * exponential never overflows; $\log\sigma(\alpha) = -\max(-\alpha, 0) - \operatorname{log1p}(e^{-|\alpha|})$
 * (the softplus identity $\log(1+e^{x}) = \max(x,0) + \operatorname{log1p}(e^{-|x|})$), which is
 * accurate to rounding both where $\sigma(\alpha)$ rounds to 1 and where it underflows.
 * Note $\log(1 - \sigma(\alpha)) = \log\sigma(-\alpha)$ and $1 - \sigma(\alpha) = \sigma(-\alpha)$.
 */
final class LogOdds {

    private LogOdds() {}

    /** $\sigma(\alpha) = 1/(1+e^{-\alpha})$. */
    static double sigmoid(double alpha) {
        if (alpha >= 0) return 1 / (1 + Math.exp(-alpha));
        double e = Math.exp(alpha);
        return e / (1 + e);
    }

    /** $\log\sigma(\alpha) = -\log(1 + e^{-\alpha})$. */
    static double logSigmoid(double alpha) {
        return -Math.max(-alpha, 0) - Math.log1p(Math.exp(-Math.abs(alpha)));
    }
}
