package org.bayes4j.distributions.discrete;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.testkit.contract.DistributionFamilyContract;
import org.junit.jupiter.api.Test;

/** The discrete laws can fail: chi-square against a normal-approximation sampler, and the support law against y > n. */
class ContractCatchesBrokenDiscreteFamiliesTest {

    private static class BrokenBinomial implements DistributionFamily {
        final BinomialFamily intact = new BinomialFamily();
        @Override public String name() { return intact.name(); }
        @Override public String description() { return intact.description(); }
        @Override public List<ParameterSpec> parameters() { return intact.parameters(); }
        @Override public Constraint support() { return intact.support(); }
        @Override public double logDensity(Operands args) { return intact.logDensity(args); }
        @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) { intact.sample(rng, args, out, off); }
    }

    private static DistributionFamilyContract contractFor(DistributionFamily broken) {
        return new BinomialFamilyContractTest() {
            @Override protected DistributionFamily family() { return broken; }
        };
    }

    @Test
    void normalApproximationSamplerFailsChiSquare() {
        // round(np + sqrt(np(1-p)) z), clipped to {0..n}: right mean and variance, wrong shape
        var contract = contractFor(new BrokenBinomial() {
            @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) {
                var z = ZigguratSampler.NormalizedGaussian.of(rng);
                for (int b = 0; b < args.batchSize(); b++) {
                    double n = args.parameter(0).get(b), p = args.parameter(1).get(b);
                    double draw = Math.rint(n * p + Math.sqrt(n * p * (1 - p)) * z.sample());
                    out[off + b] = Math.max(0, Math.min(n, draw));
                }
            }
        });
        assertThrows(AssertionError.class, contract::drawsFitTheDistribution);
    }

    @Test
    void massAboveTheTrialCountFailsTheSupportLaw() {
        // forgets that y <= n: evaluates y > n as if it were y = n
        var contract = contractFor(new BrokenBinomial() {
            @Override public double logDensity(Operands args) {
                var y = args.value();
                for (int b = 0; b < args.batchSize(); b++) {
                    double n = args.parameter(0).get(b);
                    if (y.get(b) > n) y.data()[y.start(b)] = n;
                }
                return intact.logDensity(args);
            }
        });
        assertThrows(AssertionError.class, contract::outsideSupportIsNegativeInfinity);
    }

    @Test
    void massNotSummingToOneFailsNormalisation() {
        // drops the binomial coefficient
        var contract = contractFor(new BrokenBinomial() {
            @Override public double logDensity(Operands args) {
                double lp = intact.logDensity(args);
                for (int b = 0; b < args.batchSize(); b++) {
                    lp -= Counts.logBinomialCoefficient(args.parameter(0).get(b), args.value().get(b));
                }
                return lp;
            }
        });
        assertThrows(AssertionError.class, contract::normalises);
        assertThrows(AssertionError.class, contract::logDensityMatchesReference);
    }
}
