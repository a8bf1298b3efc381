package org.bayes4j.distributions.multivariate;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bayes4j.distributions.Pick;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionVectorFamilyContract;

/**
 * Certifies {@code multi_normal_cholesky(mu, L)} in two dimensions against the textbook density
 * $-\log 2\pi - \tfrac12\log\det\Sigma - \tfrac12 r^\top\Sigma^{-1}r$ with $\Sigma = LL^\top$ inverted by the
 * explicit 2 x 2 formula (no triangular solves), and its normal marginals.
 */
class MultiNormalCholeskyFamilyContractTest extends DistributionVectorFamilyContract {

    @Override protected DistributionFamily family() { return new MultiNormalCholeskyFamily(); }

    @Override protected int[] valueShape() { return new int[] {2}; }

    @Override protected int[][] parameterShapes() { return new int[][] {{2}, {2, 2}}; }

    @Override protected double[] parameters(Gen gen) {
        double scale = Pick.of(gen, 1, 1, 1e-3, 1e3);
        double l00 = scale * gen.logUniform(0.1, 10), l11 = scale * gen.logUniform(0.1, 10), l10 = scale * 2 * gen.normal();
        return new double[] {3 * gen.normal(), 3 * gen.normal(), l00, 0, l10, l11};
    }

    @Override protected double[] value(Gen gen, double[] t) {
        double e0 = gen.normal() * Pick.of(gen, 1, 1, 5), e1 = gen.normal();
        return new double[] {t[0] + t[2] * e0, t[1] + t[4] * e0 + t[5] * e1};
    }

    /** Moderate scales, so a step of 1e-3 max(1, |x|) in y, mu or L is small against the covariance. */
    @Override protected double[] gradientParameters(Gen gen) {
        return new double[] {gen.normal(), gen.normal(), gen.logUniform(0.5, 3), 0, gen.normal(), gen.logUniform(0.5, 3)};
    }

    @Override protected double referenceLogDensity(double[] y, double[] t) {
        double s00 = t[2] * t[2], s01 = t[2] * t[4], s11 = t[4] * t[4] + t[5] * t[5];
        double det = s00 * s11 - s01 * s01;
        double r0 = y[0] - t[0], r1 = y[1] - t[1];
        double quadratic = (s11 * r0 * r0 - 2 * s01 * r0 * r1 + s00 * r1 * r1) / det;
        return -Math.log(2 * Math.PI) - 0.5 * Math.log(det) - 0.5 * quadratic;
    }

    /**
     * The explicit inverse subtracts s00 s11 - s01^2, which cancels when the correlation is near 1
     * (|l10| >> l11): relative error up to ~1e-12 in the quadratic form, hence 1e-9 relative.
     */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected double[][] typicalParameters() {
        return new double[][] {{0, 0, 1, 0, 0, 1}, {1, -2, 2, 0, 1.5, 0.5}, {-3, 4, 0.5, 0, -0.4, 1.2}};
    }

    @Override protected double marginalCdf(int j, double x, double[] t) {
        double sd = j == 0 ? t[2] : Math.hypot(t[4], t[5]);
        return NormalDistribution.of(t[j], sd).cumulativeProbability(x);
    }

    @Override protected double[] mean(double[] t) { return new double[] {t[0], t[1]}; }

    @Override protected double[] covariance(double[] t) {
        double s00 = t[2] * t[2], s01 = t[2] * t[4], s11 = t[4] * t[4] + t[5] * t[5];
        return new double[] {s00, s01, s01, s11};
    }
}
