package org.bayes4j.distributions.multivariate;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.numbers.gamma.LogGamma;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionVectorFamilyContract;

/**
 * Certifies {@code dirichlet_multinomial(n, alpha)} with three categories against its stick-breaking
 * factorisation into beta-binomials, $\mathrm{BB}(y_1; n, \alpha_1, \alpha_2 + \alpha_3)\,
 * \mathrm{BB}(y_2; n - y_1, \alpha_2, \alpha_3)$, each $\binom{m}{y}B(y + a, m - y + b)/B(a, b)$.
 */
class DirichletMultinomialFamilyContractTest extends DistributionVectorFamilyContract {

    static final int K = 3;

    @Override protected DistributionFamily family() { return new DirichletMultinomialFamily(); }

    @Override protected int[] valueShape() { return new int[] {K}; }

    @Override protected int[][] parameterShapes() { return new int[][] {{}, {K}}; }

    @Override protected double[] parameters(Gen gen) {
        double[] t = new double[1 + K];
        t[0] = gen.bool() ? gen.integer(0, 12) : gen.integer(0, 2000);
        for (int j = 0; j < K; j++) t[1 + j] = gen.bool() ? gen.logUniform(0.3, 20) : gen.logUniform(0.01, 1000);
        return t;
    }

    @Override protected double[] value(Gen gen, double[] t) {
        int n = (int) t[0];
        int y0 = gen.integer(0, n), y1 = gen.integer(0, n - y0);
        return new double[] {y0, y1, n - y0 - y1};
    }

    @Override protected double referenceLogDensity(double[] y, double[] t) {
        int m = (int) t[0];
        double rest = t[1] + t[2] + t[3], lp = 0;
        for (int j = 0; j < K - 1; j++) {
            rest -= t[1 + j];
            int yj = (int) y[j];
            lp += LogGamma.value(m + 1.0) - LogGamma.value(yj + 1.0) - LogGamma.value(m - yj + 1.0)
                    + LogBeta.value(yj + t[1 + j], m - yj + rest) - LogBeta.value(t[1 + j], rest);
            m -= yj;
        }
        return m == (int) y[K - 1] ? lp : Double.NEGATIVE_INFINITY;
    }

    /** Log-gammas of counts up to 2000 plus concentrations up to 1000 cancel to a much smaller total: 1e-9 relative, 1e-9 absolute. */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-9; }

    @Override protected List<double[]> outsideSupport(double[] t) {
        return List.of(new double[] {t[0] + 1, 0, 0}, new double[] {0, 0, t[0] + 1}, new double[] {t[0], 1, -1}, new double[] {0.5, t[0] - 0.5, 0});
    }

    @Override protected List<double[]> supportPoints(double[] t) {
        int n = (int) t[0];
        List<double[]> points = new ArrayList<>();
        for (int a = 0; a <= n; a++) for (int b = 0; b <= n - a; b++) points.add(new double[] {a, b, n - a - b});
        return points;
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{10, 0.5, 1, 2}, {4, 3, 0.3, 1}, {25, 1, 1, 1}}; }

    @Override protected double[] mean(double[] t) {
        double a0 = t[1] + t[2] + t[3];
        return new double[] {t[0] * t[1] / a0, t[0] * t[2] / a0, t[0] * t[3] / a0};
    }

    /** The multinomial covariance at p = alpha/alpha_0, inflated by (n + alpha_0)/(1 + alpha_0). */
    @Override protected double[] covariance(double[] t) {
        double a0 = t[1] + t[2] + t[3], inflation = (t[0] + a0) / (1 + a0);
        double[] c = new double[K * K];
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) {
                double pi = t[1 + i] / a0, pj = t[1 + j] / a0;
                c[i * K + j] = inflation * t[0] * ((i == j ? pi : 0) - pi * pj);
            }
        }
        return c;
    }
}
