package org.bayes4j.distributions.discrete;

import org.apache.commons.numbers.gamma.LogGamma;

/**
 * Loader's saddle-point pieces for accurate count densities at large counts (Loader 2000,
 * "Fast and accurate computation of binomial probabilities"). The textbook Poisson form
 * $y\log\lambda - \lambda - \log y!$ subtracts terms of size $y\log y$, losing about
 * $\log_{10}(y\log y)$ digits; rewritten as
 * $$\log p(y\mid\lambda) = -\operatorname{bd0}(y, \lambda) - \tfrac12\log(2\pi y) - \delta(y),$$
 * with the deviance term $\operatorname{bd0}(y, m) = y\log(y/m) + m - y \ge 0$ and the Stirling
 * error $\delta(y) = \log y! - (y + \tfrac12)\log y + y - \tfrac12\log 2\pi$, every piece is small
 * or computed without cancellation.
 */
final class Saddlepoint {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private Saddlepoint() {}

    /**
     * Stirling's error $\delta(n)$: for $n > 15$ the asymptotic series
     * $\frac{1}{12n} - \frac{1}{360n^3} + \frac{1}{1260n^5} - \frac{1}{1680n^7} + \frac{1}{1188n^9}$, whose
     * next term is below $10^{-16}\,\delta(n)$; below, the definition with {@link LogGamma} (terms are small there).
     */
    static double stirlingError(double n) {
        if (n > 15) {
            double inv = 1 / n, inv2 = inv * inv;
            return inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680 - inv2 / 1188))));
        }
        return LogGamma.value(n + 1) - (n + 0.5) * Math.log(n) + n - HALF_LOG_TWO_PI;
    }

    /**
     * $\operatorname{bd0}(x, m) = x\log(x/m) + m - x$ given $\log m$. Near $x = m$ the direct form
     * cancels; with $v = (x - m)/(x + m)$, $x\log(x/m) = 2x\,\operatorname{artanh}(v)$, and the series
     * $\operatorname{bd0} = (x - m)v + 2x\sum_{j \ge 1} v^{2j+1}/(2j+1)$ is summed instead.
     */
    static double deviance(double x, double m, double logM) {
        if (Math.abs(x - m) < 0.1 * (x + m)) {
            double v = (x - m) / (x + m);
            double sum = (x - m) * v;
            double v2 = v * v;
            double power = 2 * x * v;
            for (int j = 1; j < 1000; j++) {
                power *= v2;
                double next = sum + power / (2 * j + 1);
                if (next == sum) return sum;
                sum = next;
            }
            return sum;
        }
        return x * (Math.log(x) - logM) + m - x;
    }

    /** $\log p(y\mid\lambda)$ of the Poisson, given $\lambda$ and $\log\lambda$. */
    static double poisson(double y, double rate, double logRate) {
        if (y == 0) return -rate;
        return -deviance(y, rate, logRate) - 0.5 * Math.log(2 * Math.PI * y) - stirlingError(y);
    }
}
