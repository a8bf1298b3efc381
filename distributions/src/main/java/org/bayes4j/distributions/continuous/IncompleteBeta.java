package org.bayes4j.distributions.continuous;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;

/**
 * The logarithms of the regularised incomplete beta function $I_x(a, b)$ and of its complement
 * $1 - I_x(a, b) = I_{1-x}(b, a)$, with their derivatives in both shapes, for the beta and Student-t
 * CDFs (derivatives in $x$ are density over CDF, formed by the callers).
 *
 * <p>For $x < (a + 1)/(a + b + 2)$ the continued fraction of Numerical Recipes (Press et al. 2007,
 * §6.4, eq. 6.4.5) converges quickly:
 * $I_x(a,b) = \frac{x^a(1-x)^b}{a\,B(a,b)}\cdot\frac{1}{1+}\frac{d_1}{1+}\frac{d_2}{1+}\cdots$ with
 * $d_{2m+1} = -\frac{(a+m)(a+b+m)x}{(a+2m)(a+2m+1)}$ and $d_{2m} = \frac{m(b-m)x}{(a+2m-1)(a+2m)}$;
 * above it, the same fraction for $I_{1-x}(b, a)$. The fraction is evaluated by the modified Lentz
 * method together with its derivatives in $a$ and $b$ (forward mode through each $d_j$), so the
 * directly computed tail keeps full relative accuracy, and the other tail is its complement. The
 * prefactor contributes $\partial_a = \log x - 1/a - \psi(a) + \psi(a+b)$ and
 * $\partial_b = \log(1-x) - \psi(b) + \psi(a+b)$. Stan Math's {@code inc_beta_dda}/{@code inc_beta_ddb}
 * compute the same derivatives by hypergeometric series.
 *
 * <p>The caller passes both $x$ and $1 - x$, so that a point near 1 (a Student-t near its centre)
 * loses no digits forming $1 - x$. Requires $a, b > 0$ and $0 < x < 1$.
 */
final class IncompleteBeta {

    private static final double EPSILON = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_TERMS = 1_000_000;

    /** Output indices: $\log I$ and its $a$, $b$ derivatives, then the same for $\log(1 - I)$. */
    static final int LOG_I = 0, D_A = 1, D_B = 2, LOG_J = 3, DJ_A = 4, DJ_B = 5;

    private IncompleteBeta() {}

    /** Writes the six values (see the index constants) into {@code out[offset..offset+5]}. */
    static void evaluate(double a, double b, double x, double oneMinusX, double[] out, int offset) {
        boolean direct = x < (a + 1) / (a + b + 2);
        // the tail computed directly: I_x(a, b), or I_{1-x}(b, a) = 1 - I_x(a, b)
        double p = direct ? a : b, q = direct ? b : a;
        double u = direct ? x : oneMinusX, v = direct ? oneMinusX : x;
        double psiPQ = Digamma.value(p + q);
        double logPre = p * Math.log(u) + q * Math.log(v) - Math.log(p) - LogBeta.value(p, q);
        double dPreP = Math.log(u) - 1 / p - Digamma.value(p) + psiPQ;
        double dPreQ = Math.log(v) - Digamma.value(q) + psiPQ;

        // Lentz state: c and d with their derivatives in p and q; log h accumulates
        double c = 1, cP = 0, cQ = 0;
        double d0 = 1 - (p + q) * u / (p + 1);
        double coefP = -(p + q) * u / (p + 1) * (1 / (p + q) - 1 / (p + 1));
        double coefQ = -u / (p + 1);
        if (Math.abs(d0) < TINY) d0 = TINY;
        double d = 1 / d0, dP = -coefP * d * d, dQ = -coefQ * d * d;
        double logH = -Math.log(Math.abs(d0)), hP = -coefP / d0, hQ = -coefQ / d0;
        fraction:
        for (int m = 1; m < MAX_TERMS; m++) {
            int m2 = 2 * m;
            for (int half = 0; half < 2; half++) {
                double aa, aaP, aaQ;
                if (half == 0) {
                    double den1 = p - 1 + m2, den2 = p + m2;
                    aa = m * (q - m) * u / (den1 * den2);
                    aaP = -aa * (1 / den1 + 1 / den2);
                    aaQ = m * u / (den1 * den2);
                } else {
                    double den1 = p + m2, den2 = p + 1 + m2;
                    aa = -(p + m) * (p + q + m) * u / (den1 * den2);
                    aaP = aa * (1 / (p + m) + 1 / (p + q + m) - 1 / den1 - 1 / den2);
                    aaQ = aa / (p + q + m);
                }
                double denD = 1 + aa * d;
                double denDP = aaP * d + aa * dP, denDQ = aaQ * d + aa * dQ;
                if (Math.abs(denD) < TINY) denD = TINY;
                double newC = 1 + aa / c;
                double newCP = aaP / c - aa * cP / (c * c), newCQ = aaQ / c - aa * cQ / (c * c);
                if (Math.abs(newC) < TINY) newC = TINY;
                d = 1 / denD;
                dP = -denDP * d * d;
                dQ = -denDQ * d * d;
                c = newC;
                cP = newCP;
                cQ = newCQ;
                double delta = d * c;
                logH += Math.log(Math.abs(delta));
                hP += -denDP / denD + newCP / newC;
                hQ += -denDQ / denD + newCQ / newC;
                if (half == 1 && Math.abs(delta - 1) < EPSILON) break fraction;
            }
        }
        double logTail = logPre + logH;
        double tailP = dPreP + hP, tailQ = dPreQ + hQ;
        double logOther = Math.log(-Math.expm1(logTail));
        double ratio = -Math.exp(logTail - logOther);
        // map (p, q) derivatives back to (a, b)
        double tailA = direct ? tailP : tailQ, tailB = direct ? tailQ : tailP;
        int tail = direct ? LOG_I : LOG_J, other = direct ? LOG_J : LOG_I;
        out[offset + tail] = logTail;
        out[offset + tail + 1] = tailA;
        out[offset + tail + 2] = tailB;
        out[offset + other] = logOther;
        out[offset + other + 1] = ratio * tailA;
        out[offset + other + 2] = ratio * tailB;
    }
}
