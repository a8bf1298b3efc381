package org.bayes4j.distributions.multivariate;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.spi.constraint.CholeskyCovariance;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The multivariate normal distribution given the Cholesky factor of its covariance,
 * {@code multi_normal_cholesky(mu, L)} with $\Sigma = LL^\top$:
 * $$\log p(y\mid\mu, L) = -\tfrac{K}{2}\log 2\pi - \sum_i \log L_{ii} - \tfrac12\lVert z\rVert^2,
 *   \qquad Lz = y - \mu,$$
 * using $\log\det\Sigma = 2\sum_i\log L_{ii}$ and $(y-\mu)^\top\Sigma^{-1}(y-\mu) = \lVert L^{-1}(y-\mu)\rVert^2$,
 * so no matrix is inverted: $z$ comes from one forward substitution.
 *
 * <p>Support: $y \in \mathbb{R}^K$. Parameters: mean $\mu \in \mathbb{R}^K$; $L$, a $K\times K$ lower-triangular
 * matrix with positive diagonal (row-major; entries above the diagonal must be 0).
 *
 * <p>Partials, with $w = L^{-\top}z$ (one back substitution): $\partial_y = -w$, $\partial_\mu = w$, and for
 * $i \ge j$, $\partial_{L_{ij}} = w_i z_j - [i = j]/L_{ii}$. The last follows from
 * $dz = -L^{-1}\,dL\,z$, so $d(-\tfrac12 z^\top z) = z^\top L^{-1}dL\,z = \operatorname{tr}(w z^\top dL^\top)$.
 *
 * <p>Draws: $\mu + L\varepsilon$ with $\varepsilon$ standard normal (Ziggurat).
 *
 * <p>Reference: Stan Functions Reference, "Multivariate normal distribution, Cholesky parameterization".
 */
public final class MultiNormalCholeskyFamily implements DistributionFamily {

    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("mu", Real.INSTANCE, 1, "mean vector"),
            new ParameterSpec("L", CholeskyCovariance.INSTANCE, 2, "lower Cholesky factor of the covariance"));

    @Override public String name() { return "multi_normal_cholesky"; }

    @Override public String description() { return "multivariate normal with mean mu and covariance L L^T"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Real.INSTANCE; }

    @Override public int valueEventRank() { return 1; }

    @Override
    public int[] valueEventShape(int[][] parameterEventShapes) {
        int[] mu = parameterEventShapes[0], l = parameterEventShapes[1];
        if (mu.length != 1 || l.length != 2 || l[0] != mu[0] || l[1] != mu[0]) {
            throw new IllegalArgumentException(name() + ": mu has event shape " + Arrays.toString(mu) + " and L " + Arrays.toString(l)
                    + ", but L must be K x K for mu of length K");
        }
        return mu.clone();
    }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), mu = args.parameter(0), l = args.parameter(1);
        int k = mu.eventLength();
        double[] scratch = args.scratch(2 * k);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double lp;
            if (!isValid(y, mu, l, b, k)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                // forward substitution L z = y - mu, into scratch[0..k)
                double logDetL = 0, squaredNorm = 0;
                for (int i = 0; i < k; i++) {
                    double r = y.get(b, i) - mu.get(b, i);
                    for (int j = 0; j < i; j++) r -= l.get(b, i * k + j) * scratch[j];
                    double lii = l.get(b, i * k + i);
                    scratch[i] = r / lii;
                    squaredNorm += scratch[i] * scratch[i];
                    logDetL += Math.log(lii);
                }
                lp = -k * HALF_LOG_TWO_PI - logDetL - 0.5 * squaredNorm;
                if (y.hasAdjoint() || mu.hasAdjoint() || l.hasAdjoint()) {
                    // back substitution L^T w = z, into scratch[k..2k)
                    for (int i = k - 1; i >= 0; i--) {
                        double r = scratch[i];
                        for (int j = i + 1; j < k; j++) r -= l.get(b, j * k + i) * scratch[k + j];
                        scratch[k + i] = r / l.get(b, i * k + i);
                    }
                    for (int i = 0; i < k; i++) {
                        y.addAdjoint(b, i, -scratch[k + i]);
                        mu.addAdjoint(b, i, scratch[k + i]);
                    }
                    if (l.hasAdjoint()) {
                        for (int i = 0; i < k; i++) {
                            for (int j = 0; j <= i; j++) {
                                double g = scratch[k + i] * scratch[j] - (i == j ? 1 / l.get(b, i * k + i) : 0);
                                l.addAdjoint(b, i * k + j, g);
                            }
                        }
                    }
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    private static boolean isValid(Operand y, Operand mu, Operand l, int b, int k) {
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(y.get(b, i)) || !Double.isFinite(mu.get(b, i))) return false;
            for (int j = 0; j < k; j++) {
                double v = l.get(b, i * k + j);
                if (j > i ? v != 0 : !Double.isFinite(v)) return false;
            }
            if (!(l.get(b, i * k + i) > 0)) return false;
        }
        return true;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand mu = args.parameter(0), l = args.parameter(1);
        int k = mu.eventLength();
        ZigguratSampler.NormalizedGaussian standard = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] epsilon = new double[k];
        for (int b = 0; b < args.batchSize(); b++) {
            for (int i = 0; i < k; i++) epsilon[i] = standard.sample();
            for (int i = 0; i < k; i++) {
                double v = mu.get(b, i);
                for (int j = 0; j <= i; j++) v += l.get(b, i * k + j) * epsilon[j];
                out[outOffset + b * k + i] = v;
            }
        }
    }
}
