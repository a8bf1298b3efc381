package org.bayes4j.distributions.combinators;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/** Naive reference mass functions of the count bases, and the zero-inflated and hurdle formulas built on them. */
final class CountReferences {

    private CountReferences() {}

    static double poisson(double y, double rate) { return PoissonDistribution.of(rate).logProbability((int) y); }

    static double binomial(double y, double n, double p) { return BinomialDistribution.of((int) n, p).logProbability((int) y); }

    /** $\log\Gamma(y+\phi) - \log\Gamma(y+1) - \log\Gamma(\phi) + y\log\frac{\mu}{\mu+\phi} + \phi\log\frac{\phi}{\mu+\phi}$. */
    static double negBinomial2(double y, double mu, double phi) {
        return LogGamma.value(y + phi) - LogGamma.value(y + 1) - LogGamma.value(phi)
                + y * Math.log(mu / (mu + phi)) + phi * Math.log(phi / (mu + phi));
    }

    /** $\log p(y)$ of zero inflation with base-component probability $\psi$, the naive way. */
    static double zeroInflated(double y, double psi, double logBase) {
        return y == 0 ? Math.log((1 - psi) + psi * Math.exp(logBase)) : Math.log(psi) + logBase;
    }

    /** $\log p(y)$ of a count hurdle, the naive way: $1-\psi$ at zero, $\psi p_0(y)/(1-p_0(0))$ above. */
    static double hurdle(double y, double psi, double logBase, double logBaseAtZero) {
        return y == 0 ? Math.log(1 - psi) : Math.log(psi) + logBase - Math.log(1 - Math.exp(logBaseAtZero));
    }
}
