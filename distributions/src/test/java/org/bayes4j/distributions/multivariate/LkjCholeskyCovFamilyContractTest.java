package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import java.util.function.DoubleFunction;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.bayes4j.spi.constraint.CholeskyCovariance;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.model.DistributionSpec;
import org.bayes4j.testkit.FiniteDifference;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.bayes4j.testkit.contract.DistributionGoodnessOfFit;
import org.bayes4j.testkit.contract.DistributionQuadrature;
import org.bayes4j.testkit.contract.DistributionVectorFamilyContract;
import org.junit.jupiter.api.Test;

/**
 * Certifies {@code lkj_cholesky_cov(eta)} with {@code sd_dist = exponential(1)} on 3 x 3 factors. The reference
 * splits $L$ into $s_i = \lVert L_i\rVert$ and $L_\Omega$, scores $L_\Omega$ by the C-vine Beta factorisation of LKJ
 * (as {@link LkjCorrCholeskyFamilyContractTest}) and each $s_i$ by Commons Statistics, and divides by the Jacobian
 * $\prod_i s_i^i/\omega_{ii}$. That Jacobian is certified separately against a finite-difference determinant of the
 * map $(\omega_{\cdot,<i}, s) \mapsto L$; normalisation is a quadrature for $K = 2$ (where the rows are independent:
 * the row-0 factor $p_{sd}(L_{00})$ is divided out and row 1 is integrated over $(L_{10}, L_{11})$); draws are checked
 * by Kolmogorov-Smirnov of every row norm against {@code sd_dist} and every correlation against its LKJ marginal.
 */
class LkjCholeskyCovFamilyContractTest extends DistributionVectorFamilyContract {

    protected int dimension() { return 3; }

    /** Configured once: configuring looks the sd family up through ServiceLoader. */
    private static final DistributionFamily FAMILY =
            new LkjCholeskyCovFamily().configure(Map.of(LkjCholeskyCovFamily.SD_OPTION, Exponential.of(1)));

    @Override protected DistributionFamily family() { return FAMILY; }

    private static double sdLogDensity(double s) { return ExponentialDistribution.of(1).logDensity(s); }

    @Override protected int[] valueShape() { return new int[] {dimension(), dimension()}; }

    @Override protected int[][] parameterShapes() { return new int[][] {{}}; }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.logUniform(0.5, 5) : gen.logUniform(0.05, 100)};
    }

    @Override protected double[] value(Gen gen, double[] eta) {
        int k = dimension();
        double[] l = gen.choleskyCorrelation(k);
        for (int i = 0; i < k; i++) {
            double s = gen.bool() ? gen.logUniform(0.2, 5) : gen.logUniform(1e-3, 30);
            for (int j = 0; j <= i; j++) l[i * k + j] *= s;
        }
        return l;
    }

    @Override protected double referenceLogDensity(double[] l, double[] eta) {
        int k = dimension();
        double[] omega = l.clone();
        double lp = 0;
        for (int i = 0; i < k; i++) {
            double s = 0;
            for (int j = 0; j <= i; j++) s += l[i * k + j] * l[i * k + j];
            s = Math.sqrt(s);
            for (int j = 0; j <= i; j++) omega[i * k + j] /= s;
            lp += sdLogDensity(s) - i * Math.log(s) + Math.log(omega[i * k + i]);
        }
        for (int i = 1; i < k; i++) {
            double remaining = 1;
            for (int j = 0; j < i; j++) {
                double root = Math.sqrt(remaining), z = omega[i * k + j] / root, beta = eta[0] + 0.5 * (k - 2 - j);
                lp += BetaDistribution.of(beta, beta).logDensity((z + 1) / 2) - Math.log(2) - Math.log(root);
                remaining -= omega[i * k + j] * omega[i * k + j];
            }
        }
        return lp;
    }

    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-9; }

    /** $L + tD$ for a random lower-triangular $D$ scaled to the rows (the diagonal stays positive for small $t$). */
    @Override protected DoubleFunction<double[]> valueCurve(Gen gen, double[] l) {
        int k = dimension();
        double[] d = new double[k * k];
        for (int i = 0; i < k; i++) for (int j = 0; j <= i; j++) d[i * k + j] = 0.1 * gen.normal() * l[i * k + i];
        return t -> {
            double[] c = l.clone();
            for (int n = 0; n < c.length; n++) c[n] += t * d[n];
            return c;
        };
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{1}, {2.5}}; }

    /** $\log|\det \partial L/\partial(\omega_{\cdot,<i}, s)| = \sum_i [i\log s_i - \log\omega_{ii}]$, against finite differences. */
    @Test
    void jacobianOfTheScaledRowsMatchesFiniteDifferences() {
        int k = dimension(), free = k * (k - 1) / 2;
        Property.forAll("lkj_cholesky_cov Jacobian", seed() + 40, 30, gen -> {
            double[] l = value(gen, new double[] {1});
            // coordinates: omega's strictly lower entries row by row, then s
            double[] x = new double[free + k];
            int n = 0;
            double expected = 0;
            for (int i = 0; i < k; i++) {
                double s = 0;
                for (int j = 0; j <= i; j++) s += l[i * k + j] * l[i * k + j];
                s = Math.sqrt(s);
                for (int j = 0; j < i; j++) x[n++] = l[i * k + j] / s;
                x[free + i] = s;
                expected += i * Math.log(s) - Math.log(l[i * k + i] / s);
            }
            double[][] jacobian = FiniteDifference.jacobian((in, out) -> {
                int m = 0, o = 0;
                for (int i = 0; i < k; i++) {
                    double norm = 0;
                    for (int j = 0; j < i; j++) norm += in[m + j] * in[m + j];
                    for (int j = 0; j < i; j++) out[o++] = in[free + i] * in[m + j];
                    out[o++] = in[free + i] * Math.sqrt(1 - norm);
                    m += i;
                }
            }, x, free + k);
            Tolerance.assertClose("log |det dL/d(omega, s)| at " + Arrays.toString(l), FiniteDifference.logAbsDeterminant(jacobian), expected, 1e-6, 1e-6);
        });
    }

    /** $K = 2$: $\int\!\!\int p(L)/p_{sd}(L_{00})\,dL_{10}\,dL_{11} = 1$ for fixed $L_{00}$ (nested adaptive Simpson to 1e-7 per level, checked to 1e-5). */
    @Test
    @Override
    public void normalises() {
        DistributionFamily two = family();
        for (double eta : new double[] {1, 2.5}) {
            for (double l00 : new double[] {0.7}) {
                double mass = DistributionQuadrature.integrate(a -> Math.log(DistributionQuadrature.integrate(
                        d -> TwoByTwo.logDensity(two, new double[] {l00, 0, a, d}, eta) - sdLogDensity(l00), Positive.INSTANCE, 0, 1, 1e-7)),
                        Real.INSTANCE, 0, 1, 1e-7);
                Tolerance.assertClose("lkj_cholesky_cov(eta=" + eta + ", K=2) integral over row 1", mass, 1, 0, 1e-5);
            }
        }
    }

    /**
     * Draws lie in the support; each row norm passes a Kolmogorov-Smirnov test against {@code sd_dist} and each
     * correlation against $2\,\mathrm{Beta}(\eta - 1 + K/2, \cdot) - 1$ (DKW bound, false failure at most $10^{-6}$ each).
     */
    @Test
    @Override
    public void drawsMatchTheDistribution() {
        int k = dimension(), n = 20_000;
        for (double[] eta : typicalParameters()) {
            double[] draws = draw(eta, n, seed() + 20);
            String what = family().name() + "(eta=" + eta[0] + ")";
            double[][] norms = new double[k][n];
            for (int d = 0; d < n; d++) {
                double[] l = Arrays.copyOfRange(draws, d * k * k, (d + 1) * k * k);
                assertTrue(CholeskyCovariance.INSTANCE.contains(l, valueShape()), what + " drew outside the support");
                for (int i = 0; i < k; i++) {
                    for (int j = 0; j <= i; j++) norms[i][d] += l[i * k + j] * l[i * k + j];
                    norms[i][d] = Math.sqrt(norms[i][d]);
                }
            }
            for (int i = 0; i < k; i++) {
                DistributionGoodnessOfFit.assertKolmogorovSmirnov(what + " sd " + i, norms[i], x -> ExponentialDistribution.of(1).cumulativeProbability(x), 1e-6);
            }
            double a = eta[0] - 1 + k / 2.0;
            BetaDistribution marginal = BetaDistribution.of(a, a);
            for (int i = 1; i < k; i++) {
                for (int j = 0; j < i; j++) {
                    double[] r = new double[n];
                    for (int d = 0; d < n; d++) {
                        for (int m = 0; m <= j; m++) r[d] += draws[d * k * k + i * k + m] * draws[d * k * k + j * k + m];
                        r[d] /= norms[i][d] * norms[j][d];
                    }
                    DistributionGoodnessOfFit.assertKolmogorovSmirnov(what + " correlation " + i + "," + j, r,
                            x -> marginal.cumulativeProbability((x + 1) / 2), 1e-6);
                }
            }
        }
    }

    @Test
    void sdDistMustBeAPositiveFamilyWithConstantArguments() {
        LkjCholeskyCovFamily f = new LkjCholeskyCovFamily();
        assertThrows(IllegalArgumentException.class, () -> f.configure(Map.of()));
        IllegalArgumentException real = assertThrows(IllegalArgumentException.class,
                () -> f.configure(Map.of(LkjCholeskyCovFamily.SD_OPTION, Normal.of(0, 1))));
        assertTrue(real.getMessage().contains("positive reals"), real.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> f.configure(Map.of(LkjCholeskyCovFamily.SD_OPTION, DistributionSpec.of("no_such_family", 1))));
        assertTrue(unknown.getMessage().contains("no_such_family"), unknown.getMessage());
        IllegalArgumentException invalid = assertThrows(IllegalArgumentException.class,
                () -> f.configure(Map.of(LkjCholeskyCovFamily.SD_OPTION, Exponential.of(-1))));
        assertTrue(invalid.getMessage().contains("rate"), invalid.getMessage());
    }
}
