package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.DoubleFunction;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.bayes4j.spi.constraint.CholeskyCorrelation;
import org.bayes4j.spi.constraint.Interval;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Tolerance;
import org.bayes4j.testkit.contract.DistributionGoodnessOfFit;
import org.bayes4j.testkit.contract.DistributionQuadrature;
import org.bayes4j.testkit.contract.DistributionVectorFamilyContract;
import org.junit.jupiter.api.Test;

/**
 * Certifies {@code lkj_corr_cholesky(eta)} for 3 x 3 factors against an independent reference: the C-vine
 * factorisation of LKJ (2009), in which the canonical partial correlations $z_{ij} = L_{ij}/\sqrt{1 - \sum_{m<j}L_{im}^2}$
 * are independent $2\,\mathrm{Beta}(\beta_j, \beta_j) - 1$ (Commons Statistics), $\beta_j = \eta + (K-2-j)/2$, and
 * the map $z \mapsto L$ has Jacobian $\prod_{i>j}\sqrt{1 - \sum_{m<j}L_{im}^2}$. No normalising constant is
 * shared with the family. Normalisation integrates over the strictly lower entries (three nested quadratures for
 * $K = 3$, one for $K = 2$); value partials are checked along curves of row-normalised factors; draws are checked
 * by Kolmogorov-Smirnov on every correlation (marginal $2\,\mathrm{Beta}(\eta - 1 + K/2, \cdot) - 1$) and on the
 * second-level partial correlation.
 */
class LkjCorrCholeskyFamilyContractTest extends DistributionVectorFamilyContract {

    protected int dimension() { return 3; }

    @Override protected DistributionFamily family() { return new LkjCorrCholeskyFamily(); }

    @Override protected int[] valueShape() { return new int[] {dimension(), dimension()}; }

    @Override protected int[][] parameterShapes() { return new int[][] {{}}; }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.logUniform(0.5, 5) : gen.logUniform(0.05, 200)};
    }

    @Override protected double[] value(Gen gen, double[] eta) { return gen.choleskyCorrelation(dimension()); }

    @Override protected double referenceLogDensity(double[] l, double[] eta) {
        int k = dimension();
        double lp = 0;
        for (int i = 1; i < k; i++) {
            double remaining = 1;
            for (int j = 0; j < i; j++) {
                double root = Math.sqrt(remaining), z = l[i * k + j] / root, beta = eta[0] + 0.5 * (k - 2 - j);
                lp += BetaDistribution.of(beta, beta).logDensity((z + 1) / 2) - Math.log(2) - Math.log(root);
                remaining -= l[i * k + j] * l[i * k + j];
            }
        }
        return lp;
    }

    /** The vine reference sums K(K-1)/2 Beta log densities with concentrations up to 200: 1e-9 relative, 1e-9 absolute. */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-9; }

    /** Row-normalised $L + tD$ for a random lower-triangular $D$: a smooth curve of correlation factors through $L$. */
    @Override protected DoubleFunction<double[]> valueCurve(Gen gen, double[] l) {
        int k = dimension();
        double[] d = new double[k * k];
        for (int i = 1; i < k; i++) for (int j = 0; j <= i; j++) d[i * k + j] = 0.1 * gen.normal() * l[i * k + i];
        return t -> normaliseRows(l, d, t, k);
    }

    static double[] normaliseRows(double[] l, double[] d, double t, int k) {
        double[] c = new double[k * k];
        for (int i = 0; i < k; i++) {
            double norm = 0;
            for (int j = 0; j <= i; j++) {
                c[i * k + j] = l[i * k + j] + t * d[i * k + j];
                norm += c[i * k + j] * c[i * k + j];
            }
            norm = Math.sqrt(norm);
            for (int j = 0; j <= i; j++) c[i * k + j] /= norm;
        }
        return c;
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{1}, {2.5}, {0.8}}; }

    /**
     * $K = 2$: $\int p\,dL_{21} = 1$ by adaptive quadrature (to $10^{-6}$). $K = 3$: nested quadrature in three
     * dimensions is too slow for a unit test, so the integral over $(L_{21}, L_{31}, w)$ with
     * $L_{32} = w\sqrt{1 - L_{31}^2}$ is estimated by Monte Carlo with uniform coordinates on $(-1, 1)^3$ (the integrand
     * is bounded for $\eta \ge 1$): $8\,\overline{p\sqrt{1 - L_{31}^2}}$ within 5 standard errors of 1, false failure
     * $5.7\cdot10^{-7}$ per $\eta$. (The vine reference of {@link #logDensityMatchesReference}, a product of normalised
     * Beta densities and the exact Jacobian, certifies the constant to $10^{-9}$ as well.)
     */
    @Test
    @Override
    public void normalises() {
        Interval unit = new Interval(-1, 1);
        for (double[] eta : new double[][] {{1}, {2.5}, {1.5}}) {
            if (dimension() == 2) {
                double mass = DistributionQuadrature.integrate(r -> single(new double[] {1, 0, r, Math.sqrt(1 - r * r)}, eta), unit, 0, 1, 1e-11);
                Tolerance.assertClose(family().name() + "(eta=" + eta[0] + ", K=2) integral over r", mass, 1, 0, 1e-6);
                continue;
            }
            org.apache.commons.rng.UniformRandomProvider rng = org.apache.commons.rng.simple.RandomSource.XO_RO_SHI_RO_128_PP.create(seed() + 9);
            int n = 200_000;
            double sum = 0, squares = 0;
            for (int d = 0; d < n; d++) {
                double a = 2 * rng.nextDouble() - 1, b = 2 * rng.nextDouble() - 1, w = 2 * rng.nextDouble() - 1;
                double rest = Math.sqrt(1 - b * b), c = w * rest;
                double f = 8 * rest * Math.exp(single(new double[] {1, 0, 0, a, Math.sqrt(1 - a * a), 0, b, c, Math.sqrt(Math.max(0, 1 - b * b - c * c))}, eta));
                sum += f;
                squares += f * f;
            }
            double mean = sum / n, se = Math.sqrt((squares / n - mean * mean) / n);
            assertTrue(Math.abs(mean - 1) < 5 * se, family().name() + "(eta=" + eta[0] + ", K=3) Monte Carlo integral " + mean + " +- " + se);
        }
    }

    /**
     * Draws lie in the support; each correlation $\Omega_{ij} = \sum_m L_{im}L_{jm}$ passes a Kolmogorov-Smirnov test
     * against $2\,\mathrm{Beta}(\eta - 1 + K/2, \eta - 1 + K/2) - 1$, and (for $K = 3$) the partial correlation
     * $z_{21} = L_{21}/\sqrt{1 - L_{20}^2}$ (0-based) of column 1 against $2\,\mathrm{Beta}(\eta + (K-3)/2, \cdot) - 1$.
     * DKW bound, false failure at most $10^{-6}$ per test.
     */
    @Test
    @Override
    public void drawsMatchTheDistribution() {
        int k = dimension(), n = 20_000;
        for (double[] eta : typicalParameters()) {
            double[] draws = draw(eta, n, seed() + 20);
            String what = family().name() + "(eta=" + eta[0] + ")";
            for (int d = 0; d < n; d++) {
                assertTrue(CholeskyCorrelation.INSTANCE.contains(Arrays.copyOfRange(draws, d * k * k, (d + 1) * k * k), valueShape()),
                        what + " drew outside the support");
            }
            double marginal = eta[0] - 1 + k / 2.0;
            BetaDistribution correlation = BetaDistribution.of(marginal, marginal);
            for (int i = 1; i < k; i++) {
                for (int j = 0; j < i; j++) {
                    double[] r = new double[n];
                    for (int d = 0; d < n; d++) {
                        int at = d * k * k;
                        for (int m = 0; m <= j; m++) r[d] += draws[at + i * k + m] * draws[at + j * k + m];
                    }
                    DistributionGoodnessOfFit.assertKolmogorovSmirnov(what + " correlation " + i + "," + j, r,
                            x -> correlation.cumulativeProbability((x + 1) / 2), 1e-6);
                }
            }
            if (k >= 3) {
                double beta = eta[0] + 0.5 * (k - 3);
                BetaDistribution partial = BetaDistribution.of(beta, beta);
                double[] z = new double[n];
                for (int d = 0; d < n; d++) {
                    int at = d * k * k;
                    z[d] = draws[at + 2 * k + 1] / Math.sqrt(1 - draws[at + 2 * k] * draws[at + 2 * k]);
                }
                DistributionGoodnessOfFit.assertKolmogorovSmirnov(what + " partial correlation 2,1|0", z,
                        x -> partial.cumulativeProbability((x + 1) / 2), 1e-6);
            }
        }
    }
}
