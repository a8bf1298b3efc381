package org.bayes4j.distributions.combinators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionVectorFamilyContract;

/**
 * Certifies a mixture of vector-event families, {@code mixture(w, multinomial_logit_masked x 3)} over $K = 4$
 * categories (the shape of MODELS.md model 4c: with probability $w_0$ category 2 is structurally zero, with
 * $w_1$ category 3, otherwise the full multinomial), against the naive $\log\sum_j w_j p_j(y)$ with each
 * $p_j$ an independent Commons Statistics binomial factorisation over component $j$'s available categories.
 *
 * <p>Parameters per event: {@code w_0..w_2}, then for each component {@code n, eta_0..eta_3, available_0..available_3}.
 * The three components share $n$ (every support point sums to it) but not their logits or masks, which are
 * drawn at random (each with at least one available category). Support points are every count vector summing to $n$.
 */
class MaskedMultinomialMixtureContractTest extends DistributionVectorFamilyContract {

    static final int K = 4, COMPONENTS = 3, BLOCK = 1 + 2 * K;

    static DistributionFamily mixture() {
        return new MixtureFamily().configure(Map.of("components", List.of("multinomial_logit_masked", "multinomial_logit_masked",
                "multinomial_logit_masked")));
    }

    /** Configured once: the contract asks for the family many times per case, and configuring scans ServiceLoader. */
    private final DistributionFamily family = mixture();

    @Override protected DistributionFamily family() { return family; }

    @Override protected int[] valueShape() { return new int[] {K}; }

    @Override protected int[][] parameterShapes() {
        int[][] shapes = new int[1 + 3 * COMPONENTS][];
        shapes[0] = new int[] {COMPONENTS};
        for (int j = 0; j < COMPONENTS; j++) {
            shapes[1 + 3 * j] = new int[0];
            shapes[2 + 3 * j] = new int[] {K};
            shapes[3 + 3 * j] = new int[] {K};
        }
        return shapes;
    }

    @Override protected double[] parameters(Gen gen) { return parameters(gen, gen.bool() ? gen.integer(0, 12) : gen.integer(0, 300), 3); }

    /** Moderate logits, so the finite-difference step stays small against the softmax's curvature. */
    @Override protected double[] gradientParameters(Gen gen) { return parameters(gen, gen.integer(0, 40), 2); }

    private static double[] parameters(Gen gen, int n, double scale) {
        double[] t = new double[COMPONENTS + COMPONENTS * BLOCK];
        System.arraycopy(gen.simplex(COMPONENTS), 0, t, 0, COMPONENTS);
        for (int j = 0; j < COMPONENTS; j++) {
            int o = COMPONENTS + j * BLOCK;
            t[o] = n;
            for (int i = 0; i < K; i++) t[o + 1 + i] = scale * gen.normal();
            int any = 0;
            for (int i = 0; i < K; i++) any += (int) (t[o + 1 + K + i] = gen.integer(0, 3) > 0 ? 1 : 0);
            if (any == 0) t[o + 1 + K + gen.integer(0, K - 1)] = 1;
        }
        return t;
    }

    /** Component {@code j}'s {n, eta, available} in the layout of the masked family's contract. */
    static double[] component(double[] t, int j) {
        int o = COMPONENTS + j * BLOCK;
        return Arrays.copyOfRange(t, o, o + BLOCK);
    }

    /** A random composition of n over the available categories of a randomly chosen component. */
    @Override protected double[] value(Gen gen, double[] t) {
        double[] c = component(t, gen.integer(0, COMPONENTS - 1));
        double[] y = new double[K];
        int remaining = (int) c[0], last = -1;
        for (int i = 0; i < K; i++) if (c[1 + K + i] == 1) last = i;
        for (int i = 0; i < K; i++) {
            if (c[1 + K + i] == 0) continue;
            y[i] = i == last ? remaining : gen.integer(0, remaining);
            remaining -= (int) y[i];
        }
        return y;
    }

    @Override protected double referenceLogDensity(double[] y, double[] t) {
        double p = 0;
        for (int j = 0; j < COMPONENTS; j++) p += t[j] * Math.exp(componentLogDensity(y, component(t, j)));
        return Math.log(p);
    }

    /** The masked multinomial by binomial factorisation over the available categories (independent of the family). */
    static double componentLogDensity(double[] y, double[] c) {
        double[] p = probabilities(c);
        int remaining = (int) c[0];
        double mass = 1, lp = 0;
        for (int i = 0; i < K; i++) {
            if (p[i] == 0) {
                if (y[i] > 0) return Double.NEGATIVE_INFINITY;
                continue;
            }
            lp += BinomialDistribution.of(remaining, Math.min(1, p[i] / mass)).logProbability((int) y[i]);
            remaining -= (int) y[i];
            mass -= p[i];
        }
        return remaining == 0 ? lp : Double.NEGATIVE_INFINITY;
    }

    /** The softmax over the available categories, 0 elsewhere. */
    static double[] probabilities(double[] c) {
        double max = Double.NEGATIVE_INFINITY, sum = 0;
        for (int i = 0; i < K; i++) if (c[1 + K + i] == 1) max = Math.max(max, c[1 + i]);
        double[] p = new double[K];
        for (int i = 0; i < K; i++) if (c[1 + K + i] == 1) sum += p[i] = Math.exp(c[1 + i] - max);
        for (int i = 0; i < K; i++) p[i] /= sum;
        return p;
    }

    /** Mixing exponentials of binomial log probabilities: rounding as in the masked contract, ~1e-12 relative. */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-10; }

    @Override protected List<double[]> outsideSupport(double[] t) {
        return List.of(new double[] {t[COMPONENTS] + 1, 0, 0, 0}, new double[] {t[COMPONENTS], 1, -1, 0}, new double[] {0.5, t[COMPONENTS] - 0.5, 0, 0});
    }

    @Override protected List<double[]> supportPoints(double[] t) {
        List<double[]> out = new ArrayList<>();
        int n = (int) t[COMPONENTS];
        for (int a = 0; a <= n; a++) for (int b = 0; b <= n - a; b++) for (int c = 0; c <= n - a - b; c++) out.add(new double[] {a, b, c, n - a - b - c});
        return out;
    }

    /** Model 4c's shape: one shared eta; masks zero category 2, category 3, nothing. */
    @Override protected double[][] typicalParameters() {
        return new double[][] {
            fourC(new double[] {0.2, 0.3, 0.5}, 8, new double[] {0.5, -0.3, 0.8, 0.1}),
            fourC(new double[] {0.6, 0.1, 0.3}, 5, new double[] {-1, 1, 0, 2}),
            fourC(new double[] {0.0, 0.5, 0.5}, 6, new double[] {0, 0, 0, 0})};
    }

    static double[] fourC(double[] w, int n, double[] eta) {
        double[][] masks = {{1, 1, 0, 1}, {1, 1, 1, 0}, {1, 1, 1, 1}};
        double[] t = new double[COMPONENTS + COMPONENTS * BLOCK];
        System.arraycopy(w, 0, t, 0, COMPONENTS);
        for (int j = 0; j < COMPONENTS; j++) {
            int o = COMPONENTS + j * BLOCK;
            t[o] = n;
            System.arraycopy(eta, 0, t, o + 1, K);
            System.arraycopy(masks[j], 0, t, o + 1 + K, K);
        }
        return t;
    }

    /** $E[y] = \sum_j w_j\,n\,p_j$. */
    @Override protected double[] mean(double[] t) {
        double[] m = new double[K];
        for (int j = 0; j < COMPONENTS; j++) {
            double[] p = probabilities(component(t, j));
            for (int i = 0; i < K; i++) m[i] += t[j] * t[COMPONENTS + j * BLOCK] * p[i];
        }
        return m;
    }

    /** Law of total covariance: $\sum_j w_j(\Sigma_j + \mu_j\mu_j^\top) - \mu\mu^\top$, with $\Sigma_j = n(\mathrm{diag}\,p_j - p_jp_j^\top)$. */
    @Override protected double[] covariance(double[] t) {
        double[] m = mean(t), c = new double[K * K];
        for (int j = 0; j < COMPONENTS; j++) {
            double[] p = probabilities(component(t, j));
            double n = t[COMPONENTS + j * BLOCK];
            for (int a = 0; a < K; a++) {
                for (int b = 0; b < K; b++) {
                    double sigma = n * ((a == b ? p[a] : 0) - p[a] * p[b]);
                    c[a * K + b] += t[j] * (sigma + n * p[a] * n * p[b]);
                }
            }
        }
        for (int a = 0; a < K; a++) for (int b = 0; b < K; b++) c[a * K + b] -= m[a] * m[b];
        return c;
    }
}
