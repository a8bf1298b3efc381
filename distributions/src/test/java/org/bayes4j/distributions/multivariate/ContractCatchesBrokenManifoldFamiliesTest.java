package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.junit.jupiter.api.Test;

/**
 * The laws for densities on manifolds can fail: a zero-sum normal normalised with the ambient dimension
 * $K$ instead of $D = K - 1$ fails the reference and the subspace quadrature; one whose value partial is
 * doubled fails the check along curves in the subspace; an LKJ density without its normalising constant
 * fails the vine reference and the normalisation; an LKJ covariance prior that forgets the $s_i^i$ part of
 * its Jacobian fails the reference.
 */
class ContractCatchesBrokenManifoldFamiliesTest {

    static DistributionFamily wrap(DistributionFamily intact, java.util.function.ToDoubleFunction<Operands> density) {
        return new DistributionFamily() {
            @Override public String name() { return intact.name(); }
            @Override public String description() { return intact.description(); }
            @Override public List<ParameterSpec> parameters() { return intact.parameters(); }
            @Override public Constraint support() { return intact.support(); }
            @Override public int valueEventRank() { return intact.valueEventRank(); }
            @Override public int[] valueEventShape(int[][] shapes) { return intact.valueEventShape(shapes); }
            @Override public void checkParameters(double[][] constants) { intact.checkParameters(constants); }
            @Override public double logDensity(Operands args) { return density.applyAsDouble(args); }
            @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) { intact.sample(rng, args, out, off); }
        };
    }

    private static final DistributionFamily ZSN = new ZeroSumNormalFamily().configure(Map.of());

    /** The ambient dimension K in place of D = K - 1: off by log sigma + log(2 pi)/2 per event. */
    private static final DistributionFamily WRONG_DIMENSION = wrap(ZSN, args -> {
        double lp = ZSN.logDensity(args);
        double extra = 0;
        for (int b = 0; b < args.batchSize(); b++) extra -= Math.log(args.parameter(0).get(b)) + 0.5 * Math.log(2 * Math.PI);
        return lp + extra;
    });

    private static ZeroSumNormalFamilyContractTest contract(DistributionFamily f) {
        return new ZeroSumNormalFamilyContractTest() {
            @Override protected DistributionFamily family() { return f; }
        };
    }

    @Test
    void zeroSumNormalWithTheAmbientDimensionFailsTheReference() {
        assertThrows(AssertionError.class, contract(WRONG_DIMENSION)::logDensityMatchesReference);
    }

    @Test
    void zeroSumNormalWithTheAmbientDimensionFailsNormalisation() {
        assertThrows(AssertionError.class, contract(WRONG_DIMENSION)::normalises);
    }

    @Test
    void doubledValuePartialFailsTheCheckAlongCurves() {
        DistributionFamily broken = wrap(ZSN, args -> {
            double lp = ZSN.logDensity(args);
            var x = args.value();
            double s = args.parameter(0).get(0);
            for (int b = 0; b < args.batchSize(); b++) for (int i = 0; i < x.eventSize(); i++) x.addAdjoint(b, i, -x.get(b, i) / (s * s));
            return lp;
        });
        assertThrows(AssertionError.class, contract(broken)::partialsMatchFiniteDifferences);
    }

    private static final DistributionFamily LKJ = new LkjCorrCholeskyFamily();

    /** Stan's unnormalised {@code lkj_corr_cholesky_lupdf}: the same partials in L, no log c_K(eta). */
    private static final DistributionFamily LKJ_WITHOUT_CONSTANT = wrap(LKJ, args -> {
        double lp = LKJ.logDensity(args);
        int k = args.value().eventLength();
        for (int b = 0; b < args.batchSize(); b++) lp -= LkjCorrCholeskyFamily.logConstant(args.parameter(0).get(b), k);
        return lp;
    });

    @Test
    void lkjWithoutItsConstantFailsTheReference() {
        LkjCorrCholeskyFamilyContractTest contract = new LkjCorrCholeskyFamilyContractTest() {
            @Override protected DistributionFamily family() { return LKJ_WITHOUT_CONSTANT; }
        };
        assertThrows(AssertionError.class, contract::logDensityMatchesReference);
    }

    @Test
    void lkjWithoutItsConstantFailsNormalisation() {
        LkjCorrCholeskyFamilyContractTest contract = new LkjCorrCholeskyTwoByTwoFamilyContractTest() {
            @Override protected DistributionFamily family() { return LKJ_WITHOUT_CONSTANT; }
        };
        assertThrows(AssertionError.class, contract::normalises);
    }

    @Test
    void lkjCholeskyCovWithoutTheRadialJacobianFailsTheReference() {
        DistributionFamily intact = new LkjCholeskyCovFamilyContractTest().family();
        DistributionFamily broken = wrap(intact, args -> {
            double lp = intact.logDensity(args);
            var l = args.value();
            int k = l.eventLength();
            for (int b = 0; b < args.batchSize(); b++) {
                for (int i = 1; i < k; i++) {
                    double norm = 0;
                    for (int j = 0; j <= i; j++) norm += l.get(b, i * k + j) * l.get(b, i * k + j);
                    lp += 0.5 * i * Math.log(norm);
                }
            }
            return lp;
        });
        LkjCholeskyCovFamilyContractTest contract = new LkjCholeskyCovFamilyContractTest() {
            @Override protected DistributionFamily family() { return broken; }
        };
        assertThrows(AssertionError.class, contract::logDensityMatchesReference);
    }
}
