package org.bayes4j.distributions.multivariate;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionVectorFamilyContract;

/**
 * Certifies {@code dirichlet(alpha)} with three components against its stick-breaking factorisation into
 * Commons Statistics betas: $p(y) = \prod_{j<K} \mathrm{Beta}(v_j;\ \alpha_j, \sum_{i>j}\alpha_i)/(1 - \sum_{i<j} y_i)$
 * with $v_j = y_j/(1 - \sum_{i<j} y_i)$; marginals are Beta($\alpha_j$, $\alpha_0 - \alpha_j$).
 */
class DirichletFamilyContractTest extends DistributionVectorFamilyContract {

    static final int K = 3;

    @Override protected DistributionFamily family() { return new DirichletFamily(); }

    @Override protected int[] valueShape() { return new int[] {K}; }

    @Override protected int[][] parameterShapes() { return new int[][] {{K}}; }

    @Override protected double[] parameters(Gen gen) {
        double[] alpha = new double[K];
        for (int j = 0; j < K; j++) alpha[j] = gen.bool() ? gen.logUniform(0.3, 20) : gen.logUniform(0.05, 500);
        return alpha;
    }

    @Override protected double[] value(Gen gen, double[] alpha) {
        // a point of the open simplex from normalised exponentials, sometimes with a component near 0
        double[] y = gen.simplex(K);
        if (gen.bool()) {
            int j = gen.integer(0, K - 1);
            y[j] *= 1e-6;
            double sum = 0;
            for (double v : y) sum += v;
            for (int i = 0; i < K; i++) y[i] /= sum;
        }
        return y;
    }

    @Override protected double referenceLogDensity(double[] y, double[] alpha) {
        double rest = 0;
        for (double a : alpha) rest += a;
        double used = 0, lp = 0;
        for (int j = 0; j < K - 1; j++) {
            rest -= alpha[j];
            double stick = 1 - used;
            lp += BetaDistribution.of(alpha[j], rest).logDensity(y[j] / stick) - Math.log(stick);
            used += y[j];
        }
        return lp;
    }

    /**
     * The stick-breaking reference divides by 1 - y_1, which loses relative precision when y_1 is near 1,
     * and sums log-gammas of concentrations up to 500: 1e-9 relative and 1e-10 absolute.
     */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double referenceAbsoluteTolerance() { return 1e-10; }

    /** Concentrations of at least 1: an end singularity would make the nested quadrature of {@code normalises} slow. */
    @Override protected double[][] typicalParameters() { return new double[][] {{1, 1, 1}, {2, 5, 3}, {1.2, 1.5, 4}}; }

    @Override protected double marginalCdf(int j, double x, double[] alpha) {
        double alpha0 = alpha[0] + alpha[1] + alpha[2];
        return BetaDistribution.of(alpha[j], alpha0 - alpha[j]).cumulativeProbability(x);
    }

    @Override protected double[] mean(double[] alpha) {
        double alpha0 = alpha[0] + alpha[1] + alpha[2];
        return new double[] {alpha[0] / alpha0, alpha[1] / alpha0, alpha[2] / alpha0};
    }

    @Override protected double[] covariance(double[] alpha) {
        double a0 = alpha[0] + alpha[1] + alpha[2];
        double[] c = new double[K * K];
        for (int i = 0; i < K; i++) {
            for (int j = 0; j < K; j++) c[i * K + j] = alpha[i] * ((i == j ? a0 : 0) - alpha[j]) / (a0 * a0 * (a0 + 1));
        }
        return c;
    }
}
