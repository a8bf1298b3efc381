package org.bayes4j.distributions.multivariate;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionVectorFamilyContract;

/**
 * Certifies {@code multinomial_logit_masked(n, eta, available)} with four categories against an independent
 * reference: zero when a count falls in an unavailable category, else the Commons Statistics binomial
 * factorisation $\mathrm{Bin}(y_{a_1}; n, p_{a_1})\,\mathrm{Bin}(y_{a_2}; n - y_{a_1}, p_{a_2}/(1-p_{a_1}))\cdots$ over the
 * available categories $a_1 < a_2 < \dots$, with $p$ the softmax of their logits. Parameters are laid out
 * {@code {n, eta_0..eta_3, available_0..available_3}}; the support points are every count vector summing to
 * $n$ (those touching an unavailable category have mass 0), so the normalisation law sums over all of them.
 */
class MultinomialLogitMaskedFamilyContractTest extends DistributionVectorFamilyContract {

    static final int K = 4;

    @Override protected DistributionFamily family() { return new MultinomialLogitMaskedFamily(); }

    @Override protected int[] valueShape() { return new int[] {K}; }

    @Override protected int[][] parameterShapes() { return new int[][] {{}, {K}, {K}}; }

    @Override protected double[] parameters(Gen gen) {
        double[] t = new double[1 + 2 * K];
        t[0] = gen.bool() ? gen.integer(0, 12) : gen.integer(0, 2000);
        double scale = Pick.of(gen, 1, 1, 3), shift = Pick.of(gen, 0, 0, 200, -200);
        for (int j = 0; j < K; j++) t[1 + j] = shift + scale * gen.normal();
        randomMask(gen, t);
        return t;
    }

    /** Moderate logits: a finite-difference step of 1e-3 max(1, |eta|) must be small against the softmax's curvature. */
    @Override protected double[] gradientParameters(Gen gen) {
        double[] t = new double[1 + 2 * K];
        t[0] = gen.integer(0, 50);
        for (int j = 0; j < K; j++) t[1 + j] = 2 * gen.normal();
        randomMask(gen, t);
        return t;
    }

    /** Each category available with probability 3/4 (all of them a third of the time), at least one always. */
    static void randomMask(Gen gen, double[] t) {
        boolean all = gen.integer(0, 2) == 0;
        int any = 0;
        for (int j = 0; j < K; j++) any += (int) (t[1 + K + j] = all || gen.integer(0, 3) > 0 ? 1 : 0);
        if (any == 0) t[1 + K + gen.integer(0, K - 1)] = 1;
    }

    /** A random composition of n over the available categories (the last available one takes the rest). */
    @Override protected double[] value(Gen gen, double[] t) {
        double[] y = new double[K];
        int remaining = (int) t[0], last = -1;
        for (int j = 0; j < K; j++) if (t[1 + K + j] == 1) last = j;
        for (int j = 0; j < K; j++) {
            if (t[1 + K + j] == 0) continue;
            int c = j == last ? remaining : gen.integer(0, remaining);
            y[j] = c;
            remaining -= c;
        }
        return y;
    }

    @Override protected double referenceLogDensity(double[] y, double[] t) {
        double[] p = probabilities(t);
        int remaining = (int) t[0];
        double mass = 1, lp = 0;
        for (int j = 0; j < K; j++) {
            if (p[1 + j] == 0) {
                if (y[j] > 0) return Double.NEGATIVE_INFINITY;
                continue;
            }
            double q = Math.min(1, p[1 + j] / mass);
            lp += BinomialDistribution.of(remaining, q).logProbability((int) y[j]);
            remaining -= (int) y[j];
            mass -= p[1 + j];
        }
        return remaining == 0 ? lp : Double.NEGATIVE_INFINITY;
    }

    /** As for {@code multinomial}: rounding in the conditional probabilities, amplified by counts up to 2000. */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-10; }

    @Override protected List<double[]> outsideSupport(double[] t) {
        List<double[]> out = new ArrayList<>(List.of(new double[] {t[0] + 1, 0, 0, 0}, new double[] {0, 0, 0, t[0] + 1},
                new double[] {t[0], 1, -1, 0}));
        // a single count moved into an unavailable category
        for (int j = 0; j < K; j++) {
            if (t[1 + K + j] == 1 || t[0] == 0) continue;
            double[] y = new double[K];
            for (int i = 0; i < K; i++) if (t[1 + K + i] == 1) { y[i] = t[0] - 1; break; }
            y[j] = 1;
            out.add(y);
        }
        return out;
    }

    @Override protected List<double[]> supportPoints(double[] t) { return compositions((int) t[0], K); }

    /** Every vector of {@code k} non-negative integers summing to {@code n}. */
    static List<double[]> compositions(int n, int k) {
        List<double[]> out = new ArrayList<>();
        compose(n, new double[k], 0, out);
        return out;
    }

    private static void compose(int remaining, double[] y, int j, List<double[]> out) {
        if (j == y.length - 1) {
            y[j] = remaining;
            out.add(y.clone());
            return;
        }
        for (int c = 0; c <= remaining; c++) {
            y[j] = c;
            compose(remaining - c, y, j + 1, out);
        }
    }

    @Override protected double[][] typicalParameters() {
        return new double[][] {
            {10, 0, 0.5, 1, -0.5, /* mask */ 1, 1, 0, 1},
            {4, 1.5, 0.3, -2, 30, /* an unavailable category with the largest logit */ 1, 1, 1, 0},
            {12, 0, 0, 0, 0, /* all available */ 1, 1, 1, 1},
            {6, 2, -1, 0.5, 0, /* one category left: a point mass */ 0, 0, 1, 0}};
    }

    @Override protected double[] mean(double[] t) {
        double[] p = probabilities(t), m = new double[K];
        for (int j = 0; j < K; j++) m[j] = t[0] * p[1 + j];
        return m;
    }

    @Override protected double[] covariance(double[] t) {
        double[] p = probabilities(t), c = new double[K * K];
        for (int i = 0; i < K; i++) for (int j = 0; j < K; j++) c[i * K + j] = t[0] * ((i == j ? p[1 + i] : 0) - p[1 + i] * p[1 + j]);
        return c;
    }

    /** {n, p} with p the softmax over the available categories and 0 elsewhere. */
    static double[] probabilities(double[] t) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int j = 0; j < K; j++) if (t[1 + K + j] == 1) max = Math.max(max, t[1 + j]);
        double[] p = new double[1 + K];
        p[0] = t[0];
        for (int j = 0; j < K; j++) if (t[1 + K + j] == 1) sum += Math.exp(t[1 + j] - max);
        for (int j = 0; j < K; j++) p[1 + j] = t[1 + K + j] == 1 ? Math.exp(t[1 + j] - max) / sum : 0;
        return p;
    }
}
