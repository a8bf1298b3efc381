package org.bayes4j.distributions.continuous;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;

/**
 * The logarithms of the regularised incomplete gamma functions
 * $P(a, x) = \gamma(a, x)/\Gamma(a)$ and $Q(a, x) = 1 - P(a, x)$, with their derivatives in the
 * shape $a$, for the gamma-family CDFs (the derivative in $x$ is the density over the CDF, which the
 * callers form themselves).
 *
 * <p>As in Numerical Recipes (Press et al. 2007, §6.2) and Commons Numbers' {@code RegularizedGamma},
 * the smaller of the two is computed directly and the other as its complement:
 * <ul>
 *   <li>$x < a + 1$: the series $\gamma(a,x) = x^a e^{-x}\sum_{n\ge0} s_n$ with $s_0 = 1/a$,
 *   $s_n = s_{n-1}\,x/(a+n)$. Differentiating term by term, $\partial_a s_n = s_n d_n$ with
 *   $d_n = -\sum_{j=0}^{n} 1/(a+j)$, so
 *   $\partial_a\log P = \log x - \psi(a) + \sum s_n d_n / \sum s_n$; every term has the same sign,
 *   so nothing cancels.</li>
 *   <li>$x \ge a + 1$: Legendre's continued fraction
 *   $\Gamma(a,x) = e^{-x}x^a / (b_0 - \frac{a_1}{b_1 -} \frac{a_2}{b_2 -}\cdots)$ with
 *   $b_i = x + 2i + 1 - a$ and $a_i = i(a - i)$ (in the modified Lentz form), evaluated together with
 *   its derivative in $a$ (forward-mode: $\partial_a b_i = -1$, $\partial_a a_i = i$), so that
 *   $\partial_a\log Q = \log x - \psi(a) + \partial_a\log(\text{fraction})$ keeps full relative
 *   accuracy even where $Q$ is far below the rounding of $P$.</li>
 * </ul>
 * This is the approach of Stan Math's {@code grad_reg_lower_inc_gamma} made symmetric in the two
 * tails. Arguments must satisfy $a > 0$, $0 < x < \infty$.
 */
final class IncompleteGamma {

    private static final double EPSILON = 1e-17;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 1_000_000;

    /** Index of $\log P$ in the output. */
    static final int LOG_P = 0;
    /** Index of $\partial_a \log P$. */
    static final int D_LOG_P = 1;
    /** Index of $\log Q$. */
    static final int LOG_Q = 2;
    /** Index of $\partial_a \log Q$. */
    static final int D_LOG_Q = 3;

    private IncompleteGamma() {}

    /** Writes $\log P$, $\partial_a\log P$, $\log Q$, $\partial_a\log Q$ into {@code out[offset..offset+3]}. */
    static void evaluate(double a, double x, double[] out, int offset) {
        double logX = Math.log(x);
        double logPrefactor = a * logX - x - LogGamma.value(a);
        double dPrefactor = logX - Digamma.value(a);
        if (x < a + 1) {
            double term = 1 / a, d = -1 / a;
            double sum = term, dSum = term * d;
            for (int n = 1; n < MAX_TERMS; n++) {
                term *= x / (a + n);
                d -= 1 / (a + n);
                sum += term;
                dSum += term * d;
                if (term < sum * EPSILON) break;
            }
            double logP = logPrefactor + Math.log(sum);
            double dLogP = dPrefactor + dSum / sum;
            double logQ = Math.log(-Math.expm1(logP));
            out[offset + LOG_P] = logP;
            out[offset + D_LOG_P] = dLogP;
            out[offset + LOG_Q] = logQ;
            out[offset + D_LOG_Q] = -Math.exp(logP - logQ) * dLogP;
        } else {
            // modified Lentz for 1 / (b0 - a1/(b1 - a2/(b2 - ...))) written as h = prod d_i c_i,
            // carrying the derivatives of c and d in a alongside
            double b = x + 1 - a;
            double c = 1 / TINY, dc = 0;
            double dd = 1 / b, ddPrime = dd * dd; // d' = -b'/b^2 with b' = -1
            double logH = Math.log(dd), dLogH = dd; // (log d)' = d'/d
            for (int i = 1; i < MAX_TERMS; i++) {
                double an = -i * (i - a), anPrime = i;
                b += 2;
                double denom = an * dd + b;
                double denomPrime = anPrime * dd + an * ddPrime - 1;
                if (Math.abs(denom) < TINY) denom = TINY;
                double cNew = b + an / c;
                double cNewPrime = -1 + anPrime / c - an * dc / (c * c);
                if (Math.abs(cNew) < TINY) cNew = TINY;
                dd = 1 / denom;
                ddPrime = -denomPrime * dd * dd;
                c = cNew;
                dc = cNewPrime;
                double delta = dd * c;
                logH += Math.log(Math.abs(delta));
                dLogH += ddPrime / dd + dc / c;
                if (Math.abs(delta - 1) < EPSILON) break;
            }
            double logQ = logPrefactor + logH;
            double dLogQ = dPrefactor + dLogH;
            double logP = Math.log(-Math.expm1(logQ));
            out[offset + LOG_Q] = logQ;
            out[offset + D_LOG_Q] = dLogQ;
            out[offset + LOG_P] = logP;
            out[offset + D_LOG_P] = -Math.exp(logQ - logP) * dLogQ;
        }
    }
}
