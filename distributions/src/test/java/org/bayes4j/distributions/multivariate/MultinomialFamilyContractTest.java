package org.bayes4j.distributions.multivariate;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionVectorFamilyContract;

/**
 * Certifies {@code multinomial(n, p)} with three categories against an independent factorisation into
 * Commons Statistics binomials, $\mathrm{Bin}(y_1; n, p_1)\,\mathrm{Bin}(y_2; n - y_1, p_2/(1-p_1))\cdots$.
 */
class MultinomialFamilyContractTest extends DistributionVectorFamilyContract {

    static final int K = 3;

    @Override protected DistributionFamily family() { return new MultinomialFamily(); }

    @Override protected int[] valueShape() { return new int[] {K}; }

    @Override protected int[][] parameterShapes() { return new int[][] {{}, {K}}; }

    @Override protected double[] parameters(Gen gen) {
        double spread = gen.bool() ? 1 : gen.real(0, 5);
        double[] t = new double[1 + K];
        t[0] = gen.bool() ? gen.integer(0, 12) : gen.integer(0, 2000);
        double sum = 0;
        for (int j = 0; j < K; j++) {
            t[1 + j] = Math.exp(spread * gen.normal());
            sum += t[1 + j];
        }
        for (int j = 0; j < K; j++) t[1 + j] /= sum;
        return t;
    }

    @Override protected double[] value(Gen gen, double[] t) {
        int n = (int) t[0];
        int y0 = gen.integer(0, n), y1 = gen.integer(0, n - y0);
        return new double[] {y0, y1, n - y0 - y1};
    }

    @Override protected double referenceLogDensity(double[] y, double[] t) {
        int remaining = (int) t[0];
        double mass = 1, lp = 0;
        for (int j = 0; j < K - 1; j++) {
            double q = Math.min(1, t[1 + j] / mass);
            lp += BinomialDistribution.of(remaining, q).logProbability((int) y[j]);
            remaining -= (int) y[j];
            mass -= t[1 + j];
        }
        return remaining == (int) y[K - 1] ? lp : Double.NEGATIVE_INFINITY;
    }

    /**
     * The reference's conditional probabilities p_j / (1 - p_1 - ...) carry a rounding of ~1e-16 relative,
     * amplified by counts up to 2000 in y_j log q_j: about 1e-12 relative, hence 1e-9 relative and 1e-10 absolute.
     */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-10; }

    @Override protected List<double[]> outsideSupport(double[] t) {
        return List.of(new double[] {t[0] + 1, 0, 0}, new double[] {0, 0, t[0] + 1}, new double[] {t[0], 1, -1});
    }

    @Override protected List<double[]> supportPoints(double[] t) {
        int n = (int) t[0];
        List<double[]> points = new ArrayList<>();
        for (int a = 0; a <= n; a++) for (int b = 0; b <= n - a; b++) points.add(new double[] {a, b, n - a - b});
        return points;
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{10, 0.2, 0.3, 0.5}, {4, 0.6, 0.3, 0.1}, {25, 1 / 3.0, 1 / 3.0, 1 / 3.0}}; }

    @Override protected double[] mean(double[] t) { return new double[] {t[0] * t[1], t[0] * t[2], t[0] * t[3]}; }

    @Override protected double[] covariance(double[] t) {
        double[] c = new double[K * K];
        for (int i = 0; i < K; i++) for (int j = 0; j < K; j++) c[i * K + j] = t[0] * ((i == j ? t[1 + i] : 0) - t[1 + i] * t[1 + j]);
        return c;
    }
}
