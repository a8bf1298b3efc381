package org.bayes4j.transforms.scalar;

/**
 * The logistic function $\sigma(x) = 1/(1+e^{-x})$ and its relatives, in forms
 * that neither overflow nor cancel:
 * <ul>
 *   <li>$\sigma(x)$ uses $e^{-|x|} \le 1$, so the exponential never overflows;</li>
 *   <li>$\mathrm{softplus}(x) = \log(1+e^x) = \max(x,0) + \mathrm{log1p}(e^{-|x|})$;</li>
 *   <li>$\log\sigma(x) = -\mathrm{softplus}(-x)$, accurate for large $|x|$;</li>
 *   <li>$\mathrm{logit}(u) = \log u - \mathrm{log1p}(-u)$.</li>
 * </ul>
 * Reference: Machler, "Accurately computing log(1 - exp(-|a|))", CRAN Rmpfr
 * vignette (2012), section on {@code log1pexp}.
 */
public final class Logistic {

    private Logistic() {}

    /** $\sigma(x) = 1/(1+e^{-x})$. */
    public static double sigmoid(double x) {
        if (x >= 0) return 1 / (1 + Math.exp(-x));
        double e = Math.exp(x);
        return e / (1 + e);
    }

    /** $\log(1+e^x)$. */
    public static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** $\log\sigma(x) = -\log(1+e^{-x})$. */
    public static double logSigmoid(double x) { return -softplus(-x); }

    /** $\log u - \log(1-u)$ for $u \in (0,1)$. */
    public static double logit(double u) { return Math.log(u) - Math.log1p(-u); }
}
