package org.bayes4j.distributions.multivariate;

import java.util.Map;
import java.util.function.DoubleFunction;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.Tolerance;
import org.bayes4j.testkit.contract.DistributionQuadrature;
import org.bayes4j.testkit.contract.DistributionVectorFamilyContract;
import org.junit.jupiter.api.Test;

/**
 * Certifies {@code zero_sum_normal(sigma)} on vectors of length 3 against a naive reference: the coordinates
 * $c = B^\top x$ of the value in an orthonormal (Helmert) basis $B$ of the zero-sum subspace, each scored by a
 * Commons Statistics $N(0, \sigma)$. Normalisation integrates over those subspace coordinates (the contract's
 * ambient quadrature does not apply to a density on a subspace); value partials are checked along lines in the
 * subspace. Marginals are $N(0, \sigma^2 P_{jj})$ with $P$ the projection onto the subspace.
 */
class ZeroSumNormalFamilyContractTest extends DistributionVectorFamilyContract {

    /** Shape of one event; the zero-sum axes are all of its axes. */
    protected int[] shape() { return new int[] {3}; }

    @Override protected DistributionFamily family() {
        return new ZeroSumNormalFamily().configure(Map.of(ZeroSumNormalFamily.AXES_OPTION, shape().length));
    }

    @Override protected int[] valueShape() { return shape(); }

    @Override protected int[][] parameterShapes() { return new int[][] {{}}; }

    @Override protected double[] parameters(Gen gen) {
        return new double[] {gen.bool() ? gen.logUniform(0.2, 5) : gen.logUniform(1e-4, 1e4)};
    }

    @Override protected double[] value(Gen gen, double[] sigma) {
        double[][] basis = ZeroSumBasis.of(shape());
        double[] x = new double[basis[0].length];
        double spread = sigma[0] * (gen.bool() ? 1 : gen.logUniform(1e-3, 10));
        for (double[] e : basis) {
            double c = spread * gen.normal();
            for (int i = 0; i < x.length; i++) x[i] += c * e[i];
        }
        return x;
    }

    @Override protected double referenceLogDensity(double[] x, double[] sigma) {
        NormalDistribution normal = NormalDistribution.of(0, sigma[0]);
        double lp = 0;
        for (double[] e : ZeroSumBasis.of(shape())) {
            double c = 0;
            for (int i = 0; i < x.length; i++) c += e[i] * x[i];
            lp += normal.logDensity(c);
        }
        return lp;
    }

    /** The reference rounds the basis coordinates (sums of products) once more than the family: 1e-9 relative. */
    @Override protected double referenceRelativeTolerance() { return 1e-9; }

    @Override protected DoubleFunction<double[]> valueCurve(Gen gen, double[] x) {
        double[] direction = value(gen, new double[] {1});
        return t -> {
            double[] c = x.clone();
            for (int i = 0; i < c.length; i++) c[i] += t * direction[i];
            return c;
        };
    }

    @Override protected double[][] typicalParameters() { return new double[][] {{1}, {0.3}, {4}}; }

    @Override protected double marginalCdf(int j, double x, double[] sigma) {
        return NormalDistribution.of(0, Math.sqrt(projected(sigma)[j * size() + j])).cumulativeProbability(x);
    }

    @Override protected double[] mean(double[] sigma) { return new double[size()]; }

    @Override protected double[] covariance(double[] sigma) { return projected(sigma); }

    /** $\sigma^2 P$ with $P = \sum_e e e^\top$ over the orthonormal basis of the subspace. */
    protected double[] projected(double[] sigma) {
        int n = size();
        double[] c = new double[n * n];
        for (double[] e : ZeroSumBasis.of(shape())) {
            for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) c[i * n + j] += sigma[0] * sigma[0] * e[i] * e[j];
        }
        return c;
    }

    protected int size() {
        int n = 1;
        for (int k : shape()) n *= k;
        return n;
    }

    /** The density integrates to 1 over the subspace in its orthonormal coordinates (nested adaptive Simpson, 1e-9 per level). */
    @Test
    @Override
    public void normalises() {
        double[][] basis = ZeroSumBasis.of(shape());
        for (double[] sigma : typicalParameters()) {
            double mass;
            if (basis.length == 1) {
                mass = DistributionQuadrature.integrate(u -> single(combine(basis, u), sigma), Real.INSTANCE, 0, sigma[0], 1e-11);
            } else if (basis.length == 2) {
                mass = DistributionQuadrature.integrate(u -> Math.log(DistributionQuadrature.integrate(
                        v -> single(combine(basis, u, v), sigma), Real.INSTANCE, 0, sigma[0], 1e-9)), Real.INSTANCE, 0, sigma[0], 1e-9);
            } else {
                throw new UnsupportedOperationException("quadrature over a subspace of dimension " + basis.length);
            }
            Tolerance.assertClose(family().name() + "(sigma=" + sigma[0] + ") integral over the zero-sum subspace", mass, 1, 0, 1e-7);
        }
    }

    private static double[] combine(double[][] basis, double... coordinates) {
        double[] x = new double[basis[0].length];
        for (int e = 0; e < coordinates.length; e++) for (int i = 0; i < x.length; i++) x[i] += coordinates[e] * basis[e][i];
        return x;
    }
}
