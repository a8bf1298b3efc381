package org.bayes4j.distributions.multivariate;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;
import org.bayes4j.spi.constraint.CholeskyCorrelation;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The LKJ distribution on Cholesky factors of correlation matrices, {@code lkj_corr_cholesky(eta)}. For the
 * $K\times K$ lower-triangular $L$ with $\Omega = LL^\top$ (1-based indices, $K$ taken from the value),
 * $$\log p(L\mid\eta) = \log c_K(\eta) + \sum_{k=2}^{K} (K - k + 2\eta - 2)\log L_{kk},$$
 * a density with respect to Lebesgue measure on the strictly lower entries of $L$ (the diagonal is then
 * fixed by the unit rows). It is $\det\Omega^{\eta-1} = \prod_k L_{kk}^{2\eta-2}$ times the Jacobian
 * $\prod_k L_{kk}^{K-k}$ of $L \mapsto \Omega$. The normalising constant (Lewandowski, Kurowicka and Joe 2009,
 * from the C-vine of partial correlations) is
 * $$\log c_K(\eta) = -\sum_{k=1}^{K-1}\Big[(2\eta - 2 + K - k)(K - k)\log 2 + (K - k)\log B(b_k, b_k)\Big],
 *   \qquad b_k = \eta + \tfrac{K - k - 1}{2}.$$
 * For $K = 2$ it is the density $\propto (1 - r^2)^{\eta - 1}$ of the correlation $r = L_{21}$ on $(-1, 1)$.
 *
 * <p>Support: {@link CholeskyCorrelation} (lower triangular, positive diagonal, rows of unit norm within
 * $10^{-8}$); anything else gives $-\infty$. Parameter: shape $\eta > 0$ ($\eta = 1$ uniform over correlation
 * matrices; larger $\eta$ concentrates on the identity). Each correlation has marginal
 * $2\,\mathrm{Beta}(\eta - 1 + K/2, \eta - 1 + K/2) - 1$.
 *
 * <p>Partials: $\partial_{L_{kk}} = (K - k + 2\eta - 2)/L_{kk}$ for $k \ge 2$, zero elsewhere (the ambient
 * gradient; only its component tangent to the unit rows matters); and
 * $\partial_\eta = \sum_{k\ge2} 2\log L_{kk} - \sum_{k=1}^{K-1}(K-k)\big[2\log 2 + 2\psi(b_k) - 2\psi(2b_k)\big]$,
 * using $\frac{d}{db}\log B(b, b) = 2\psi(b) - 2\psi(2b)$.
 *
 * <p>Draws: the C-vine method (LKJ 2009, section 2.4): the canonical partial correlation $z_{ij}$ ($j < i$,
 * 0-based) of column $j$ is $2\,\mathrm{Beta}(\beta_j, \beta_j) - 1$ with $\beta_j = \eta + (K - 2 - j)/2$,
 * independently, and row $i$ of $L$ is built as $L_{ij} = z_{ij}\sqrt{1 - \sum_{m<j} L_{im}^2}$,
 * $L_{ii} = \sqrt{1 - \sum_{m<i} L_{im}^2}$.
 *
 * <p>References: D. Lewandowski, D. Kurowicka, H. Joe (2009), "Generating random correlation matrices based on
 * vines and extended onion method", J. Multivariate Analysis 100; Stan Functions Reference,
 * "LKJ correlation Cholesky distribution".
 */
public final class LkjCorrCholeskyFamily implements DistributionFamily {

    private static final double LOG_TWO = Math.log(2);
    /** Tolerance on each row's squared norm, as the {@link CholeskyCorrelation} constraint's. */
    static final double UNIT_TOLERANCE = 1e-8;

    private static final List<ParameterSpec> PARAMETERS = List.of(ParameterSpec.scalar("eta", Positive.INSTANCE, "shape"));

    private final LkjConstant normaliser = new LkjConstant();

    @Override public String name() { return "lkj_corr_cholesky"; }

    @Override public String description() { return "LKJ distribution of the Cholesky factor of a correlation matrix with shape eta"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return CholeskyCorrelation.INSTANCE; }

    @Override public int valueEventRank() { return 2; }

    /** K x K with K from the value ({@code -1}): eta is a scalar. */
    @Override
    public int[] valueEventShape(int[][] parameterEventShapes) {
        if (parameterEventShapes[0].length != 0) {
            throw new IllegalArgumentException(name() + ": eta has event shape " + Arrays.toString(parameterEventShapes[0]) + ", but must be a scalar");
        }
        return new int[] {-1, -1};
    }

    @Override
    public double logDensity(Operands args) {
        Operand l = args.value(), eta = args.parameter(0);
        int k = l.eventLength();
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double e = eta.get(b), lp;
            if (!(e > 0) || e == Double.POSITIVE_INFINITY || !isCorrelationFactor(l.data(), l.start(b), k)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                LkjConstant.Value constant = normaliser.at(e, k);
                lp = constant.log();
                double logDiagonals = 0;
                for (int i = 1; i < k; i++) {
                    double d = l.get(b, i * k + i), power = k - i + 2 * e - 3;
                    logDiagonals += Math.log(d);
                    lp += power * Math.log(d);
                    l.addAdjoint(b, i * k + i, power / d);
                }
                eta.addAdjoint(b, 2 * logDiagonals + constant.derivative());
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    /** $\log c_K(\eta)$ of LKJ (2009), summed over the vine's levels $k = 1..K-1$ (each has $K - k$ partial correlations). */
    static double logConstant(double eta, int k) {
        double c = 0;
        for (int level = 1; level < k; level++) {
            int count = k - level;
            double shape = eta + 0.5 * (k - level - 1);
            c -= (2 * eta - 2 + count) * count * LOG_TWO + count * LogBeta.value(shape, shape);
        }
        return c;
    }

    /** $\frac{d}{d\eta}\log c_K(\eta)$. */
    static double logConstantDerivative(double eta, int k) {
        double d = 0;
        for (int level = 1; level < k; level++) {
            int count = k - level;
            double shape = eta + 0.5 * (k - level - 1);
            d -= count * (2 * LOG_TWO + 2 * Digamma.value(shape) - 2 * Digamma.value(2 * shape));
        }
        return d;
    }

    /** Lower triangular with finite entries, positive diagonal and unit rows (squared norm within {@link #UNIT_TOLERANCE}). */
    static boolean isCorrelationFactor(double[] v, int from, int k) {
        for (int i = 0; i < k; i++) {
            double norm = 0;
            for (int j = 0; j < k; j++) {
                double x = v[from + i * k + j];
                if (!Double.isFinite(x) || (j > i && x != 0)) return false;
                norm += x * x;
            }
            if (!(v[from + i * k + i] > 0) || Math.abs(norm - 1) > UNIT_TOLERANCE) return false;
        }
        return true;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand eta = args.parameter(0);
        int k = args.value().eventLength();
        for (int b = 0; b < args.batchSize(); b++) {
            drawCorrelationFactor(rng, eta.get(b), k, out, outOffset + b * k * k);
        }
    }

    /** One factor by the C-vine: canonical partial correlations of column j are 2 Beta(beta_j, beta_j) - 1. */
    static void drawCorrelationFactor(UniformRandomProvider rng, double eta, int k, double[] out, int at) {
        Arrays.fill(out, at, at + k * k, 0.0);
        out[at] = 1;
        org.apache.commons.rng.sampling.distribution.ContinuousSampler[] columns = new org.apache.commons.rng.sampling.distribution.ContinuousSampler[Math.max(k - 1, 0)];
        for (int j = 0; j < k - 1; j++) {
            double beta = eta + 0.5 * (k - 2 - j);
            columns[j] = ChengBetaSampler.of(rng, beta, beta);
        }
        for (int i = 1; i < k; i++) {
            double remaining = 1;
            for (int j = 0; j < i; j++) {
                double z = 2 * columns[j].sample() - 1;
                double entry = z * Math.sqrt(remaining);
                out[at + i * k + j] = entry;
                remaining -= entry * entry;
            }
            // remaining = prod_j (1 - z_ij^2) > 0 unless a Beta draw rounded to 0 or 1
            out[at + i * k + i] = Math.sqrt(Math.max(remaining, Double.MIN_NORMAL));
        }
    }
}
