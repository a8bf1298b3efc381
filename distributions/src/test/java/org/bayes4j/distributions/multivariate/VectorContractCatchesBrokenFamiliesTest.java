package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.testkit.contract.DistributionVectorFamilyContract;
import org.junit.jupiter.api.Test;

/**
 * Each law of {@link DistributionVectorFamilyContract} can fail: broken multivariate normal and
 * multinomial families are caught by the law meant to catch them.
 */
class VectorContractCatchesBrokenFamiliesTest {

    /** Delegates everything to {@code intact} except the density, replaced by {@code density}, and draws, post-processed. */
    private static DistributionFamily broken(DistributionFamily intact, ToDoubleFunction<Operands> density,
                                             java.util.function.BiConsumer<Operands, double[]> afterSample) {
        return new DistributionFamily() {
            @Override public String name() { return intact.name(); }
            @Override public String description() { return intact.description(); }
            @Override public List<ParameterSpec> parameters() { return intact.parameters(); }
            @Override public Constraint support() { return intact.support(); }
            @Override public int valueEventRank() { return intact.valueEventRank(); }
            @Override public int[] valueEventShape(int[][] shapes) { return intact.valueEventShape(shapes); }
            @Override public void checkParameters(double[][] constants) { intact.checkParameters(constants); }
            @Override public double logDensity(Operands args) { return density.applyAsDouble(args); }
            @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) {
                intact.sample(rng, args, out, off);
                afterSample.accept(args, out);
            }
        };
    }

    private static DistributionVectorFamilyContract mvn(DistributionFamily f) {
        return new MultiNormalCholeskyFamilyContractTest() {
            @Override protected DistributionFamily family() { return f; }
        };
    }

    private static DistributionVectorFamilyContract multinomial(DistributionFamily f) {
        return new MultinomialFamilyContractTest() {
            @Override protected DistributionFamily family() { return f; }
        };
    }

    @Test
    void missingLogDeterminantPartialFailsFiniteDifferences() {
        MultiNormalCholeskyFamily intact = new MultiNormalCholeskyFamily();
        var contract = mvn(broken(intact, args -> {
            double lp = intact.logDensity(args);
            Operand l = args.parameter(1);
            int k = args.parameter(0).eventLength();
            for (int b = 0; b < args.batchSize(); b++) for (int i = 0; i < k; i++) l.addAdjoint(b, i * k + i, 1 / l.get(b, i * k + i));
            return lp;
        }, (args, out) -> { }));
        assertThrows(AssertionError.class, contract::partialsMatchFiniteDifferences);
    }

    @Test
    void missingLogDeterminantFailsReferenceAndNormalisation() {
        MultiNormalCholeskyFamily intact = new MultiNormalCholeskyFamily();
        var contract = mvn(broken(intact, args -> {
            double[] pointwise = args.pointwise();
            double lp = intact.logDensity(args);
            Operand l = args.parameter(1);
            int k = args.parameter(0).eventLength();
            for (int b = 0; b < args.batchSize(); b++) {
                double logDet = 0;
                for (int i = 0; i < k; i++) logDet += Math.log(l.get(b, i * k + i));
                lp += logDet;
                if (pointwise != null) pointwise[b] += logDet;
            }
            return lp;
        }, (args, out) -> { }));
        assertThrows(AssertionError.class, contract::logDensityMatchesReference);
        assertThrows(AssertionError.class, contract::normalises);
    }

    @Test
    void transposedFactorInTheSamplerFailsTheDrawLaw() {
        // draws mu + L^T eps: covariance L^T L instead of L L^T
        MultiNormalCholeskyFamily intact = new MultiNormalCholeskyFamily();
        var contract = mvn(broken(intact, intact::logDensity, (args, out) -> {
            Operand mu = args.parameter(0), l = args.parameter(1);
            for (int b = 0; b < args.batchSize(); b++) {
                double l00 = l.get(b, 0), l10 = l.get(b, 2), l11 = l.get(b, 3);
                double e0 = (out[2 * b] - mu.get(b, 0)) / l00;
                double e1 = (out[2 * b + 1] - mu.get(b, 1) - l10 * e0) / l11;
                out[2 * b] = mu.get(b, 0) + l00 * e0 + l10 * e1;
                out[2 * b + 1] = mu.get(b, 1) + l11 * e1;
            }
        }));
        assertThrows(AssertionError.class, contract::drawsMatchTheDistribution);
    }

    @Test
    void missingMultinomialCoefficientFailsNormalisation() {
        MultinomialFamily intact = new MultinomialFamily();
        var contract = multinomial(broken(intact, args -> {
            double[] pointwise = args.pointwise();
            double lp = intact.logDensity(args.withPointwise(null));
            args.withPointwise(pointwise);
            // replaces log n!/prod y! by 0 for one event batches
            Operand y = args.value();
            int k = args.parameter(1).eventLength();
            for (int b = 0; b < args.batchSize(); b++) {
                double n = args.parameter(0).get(b), remaining = n;
                for (int j = 0; j < k; j++) {
                    double yj = y.get(b, j);
                    if (yj >= 0 && yj <= remaining) lp -= org.bayes4j.distributions.discrete.Counts.logBinomialCoefficient(remaining, yj);
                    remaining -= yj;
                }
            }
            return lp;
        }, (args, out) -> { }));
        assertThrows(AssertionError.class, contract::normalises);
    }

    @Test
    void sortedCountsFailTheChiSquareTest() {
        // returns the counts in increasing order: right total, wrong joint law
        MultinomialFamily intact = new MultinomialFamily();
        var contract = multinomial(broken(intact, intact::logDensity, (args, out) -> {
            int k = args.parameter(1).eventLength();
            for (int b = 0; b < args.batchSize(); b++) java.util.Arrays.sort(out, b * k, b * k + k);
        }));
        assertThrows(AssertionError.class, contract::drawsMatchTheDistribution);
    }

    private static DistributionVectorFamilyContract dirichlet(DistributionFamily f) {
        return new DirichletFamilyContractTest() {
            @Override protected DistributionFamily family() { return f; }
        };
    }

    @Test
    void wrongSimplexValuePartialFailsTheDirectionalCheck() {
        // writes alpha_j / y_j instead of (alpha_j - 1) / y_j: differs by 1/y_j, not a common constant
        DirichletFamily intact = new DirichletFamily();
        var contract = dirichlet(broken(intact, args -> {
            double lp = intact.logDensity(args);
            Operand y = args.value();
            int k = args.parameter(0).eventLength();
            for (int b = 0; b < args.batchSize(); b++) for (int j = 0; j < k; j++) y.addAdjoint(b, j, 1 / y.get(b, j));
            return lp;
        }, (args, out) -> { }));
        assertThrows(AssertionError.class, contract::partialsMatchFiniteDifferences);
    }

    @Test
    void missingNormalisingConstantFailsTheSimplexIntegral() {
        // drops log Gamma(alpha_0) - sum log Gamma(alpha_j) (and consistently nothing else)
        DirichletFamily intact = new DirichletFamily();
        var contract = dirichlet(broken(intact, args -> {
            double[] pointwise = args.pointwise();
            double lp = intact.logDensity(args);
            Operand alpha = args.parameter(0);
            int k = alpha.eventLength();
            for (int b = 0; b < args.batchSize(); b++) {
                double alpha0 = 0, constant = 0;
                for (int j = 0; j < k; j++) {
                    alpha0 += alpha.get(b, j);
                    constant -= org.apache.commons.numbers.gamma.LogGamma.value(alpha.get(b, j));
                }
                constant += org.apache.commons.numbers.gamma.LogGamma.value(alpha0);
                lp -= constant;
                if (pointwise != null) pointwise[b] -= constant;
            }
            return lp;
        }, (args, out) -> { }));
        assertThrows(AssertionError.class, contract::normalises);
        assertThrows(AssertionError.class, contract::logDensityMatchesReference);
    }
}
