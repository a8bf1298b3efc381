package org.bayes4j.distributions.continuous;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.testkit.contract.DistributionFamilyContract;
import org.junit.jupiter.api.Test;

/**
 * Each law of {@link DistributionFamilyContract} can fail: a normal family broken in one
 * plausible way at a time is caught by the law meant to catch it (and the intact family passes
 * all of them, in {@link NormalFamilyContractTest}).
 */
class ContractCatchesBrokenFamiliesTest {

    /** A normal family with one deliberate defect layered on the correct one. */
    private abstract static class BrokenNormal implements DistributionFamily {
        final NormalFamily intact = new NormalFamily();
        @Override public String name() { return intact.name(); }
        @Override public String description() { return intact.description(); }
        @Override public List<ParameterSpec> parameters() { return intact.parameters(); }
        @Override public Constraint support() { return intact.support(); }
        @Override public double logDensity(Operands args) { return intact.logDensity(args); }
        @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) { intact.sample(rng, args, out, off); }
    }

    private static DistributionFamilyContract contractFor(DistributionFamily broken) {
        return new NormalFamilyContractTest() {
            @Override protected DistributionFamily family() { return broken; }
        };
    }

    @Test
    void wrongSigmaPartialFailsTheFiniteDifferenceLaw() {
        // writes (z^2 + 1)/sigma instead of (z^2 - 1)/sigma
        var contract = contractFor(new BrokenNormal() {
            @Override public double logDensity(Operands args) {
                double lp = intact.logDensity(args);
                Operand sigma = args.parameter(1);
                for (int b = 0; b < args.batchSize(); b++) sigma.addAdjoint(b, 2 / sigma.get(b));
                return lp;
            }
        });
        assertThrows(AssertionError.class, contract::partialsMatchFiniteDifferences);
    }

    @Test
    void missingLogSigmaFailsReferenceAndNormalisation() {
        // drops -log(sigma) from the density and (consistently) from the sigma partial
        var contract = contractFor(new BrokenNormal() {
            @Override public double logDensity(Operands args) {
                double[] pointwise = args.pointwise();
                double lp = intact.logDensity(args);
                Operand sigma = args.parameter(1);
                for (int b = 0; b < args.batchSize(); b++) {
                    double logSigma = Math.log(sigma.get(b));
                    lp += logSigma;
                    if (pointwise != null) pointwise[b] += logSigma;
                    sigma.addAdjoint(b, 1 / sigma.get(b));
                }
                return lp;
            }
        });
        contract.partialsMatchFiniteDifferences(); // self-consistent: only the other laws can see it
        assertThrows(AssertionError.class, contract::logDensityMatchesReference);
        assertThrows(AssertionError.class, contract::normalises);
    }

    @Test
    void biasedSamplerFailsMomentsAndGoodnessOfFit() {
        // shifts every draw by a tenth of a standard deviation
        var shifted = contractFor(new BrokenNormal() {
            @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) {
                intact.sample(rng, args, out, off);
                for (int b = 0; b < args.batchSize(); b++) out[off + b] += 0.1 * args.parameter(1).get(b);
            }
        });
        assertThrows(AssertionError.class, shifted::drawMomentsMatch);
        assertThrows(AssertionError.class, shifted::drawsFitTheDistribution);
        // draws 10% too spread: the mean is right, the variance and the KS distance are not
        var spread = contractFor(new BrokenNormal() {
            @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) {
                intact.sample(rng, args, out, off);
                for (int b = 0; b < args.batchSize(); b++) {
                    double mu = args.parameter(0).get(b);
                    out[off + b] = mu + 1.1 * (out[off + b] - mu);
                }
            }
        });
        assertThrows(AssertionError.class, spread::drawMomentsMatch);
        assertThrows(AssertionError.class, spread::drawsFitTheDistribution);
    }

    @Test
    void samplerIgnoringPerEventParametersFailsGoodnessOfFit() {
        // uses event 0's parameters for the whole batch
        var contract = contractFor(new BrokenNormal() {
            @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) {
                double mu = args.parameter(0).get(0), sigma = args.parameter(1).get(0);
                intact.sample(rng, args, out, off);
                for (int b = 0; b < args.batchSize(); b++) {
                    double z = (out[off + b] - args.parameter(0).get(b)) / args.parameter(1).get(b);
                    out[off + b] = mu + sigma * z;
                }
            }
        });
        assertThrows(AssertionError.class, contract::drawsFitTheDistribution);
    }

    @Test
    void assigningInsteadOfAddingAdjointsFailsGradientAndBroadcastLaws() {
        var contract = contractFor(new BrokenNormal() {
            @Override public double logDensity(Operands args) {
                Operand mu = args.parameter(0);
                double[] saved = mu.hasAdjoint() ? mu.adjoint().clone() : null;
                double lp = intact.logDensity(args);
                if (saved != null) {
                    // keep only the last event's contribution to each cell: an assignment, not a sum
                    for (int b = 0; b < args.batchSize(); b++) {
                        int i = mu.start(b);
                        double z = (args.value().get(b) - mu.get(b)) / args.parameter(1).get(b);
                        mu.adjoint()[i] = z / args.parameter(1).get(b);
                    }
                }
                return lp;
            }
        });
        assertThrows(AssertionError.class, contract::partialsMatchFiniteDifferences);
        assertThrows(AssertionError.class, contract::broadcastEqualsRepeat);
    }

    @Test
    void brokenPointwiseFailsThePointwiseLaw() {
        // writes per-event values only for the first event
        var contract = contractFor(new BrokenNormal() {
            @Override public double logDensity(Operands args) {
                double[] pointwise = args.pointwise();
                double lp = intact.logDensity(args.withPointwise(null));
                if (pointwise != null) {
                    args.withPointwise(pointwise);
                    pointwise[0] = lp;
                }
                return lp;
            }
        });
        assertThrows(AssertionError.class, contract::pointwiseSumsToTotal);
    }

    @Test
    void nanForInvalidScaleFailsTheInvalidParameterLaw() {
        var contract = contractFor(new BrokenNormal() {
            @Override public double logDensity(Operands args) {
                for (int b = 0; b < args.batchSize(); b++) if (args.parameter(1).get(b) < 0) return Math.log(args.parameter(1).get(b));
                return intact.logDensity(args);
            }
        });
        assertThrows(AssertionError.class, contract::invalidParametersAreNegativeInfinityOrRejected);
    }

    @Test
    void finiteDensityOutsideTheSupportFailsTheSupportLaw() {
        // a half-normal that folds negative values instead of rejecting them
        HalfNormalFamily intact = new HalfNormalFamily();
        var contract = new HalfNormalFamilyContractTest() {
            @Override protected DistributionFamily family() {
                return new DistributionFamily() {
                    @Override public String name() { return intact.name(); }
                    @Override public String description() { return intact.description(); }
                    @Override public List<ParameterSpec> parameters() { return intact.parameters(); }
                    @Override public Constraint support() { return intact.support(); }
                    @Override public double logDensity(Operands args) {
                        Operand y = args.value();
                        for (int b = 0; b < args.batchSize(); b++) y.data()[y.start(b)] = Math.abs(y.get(b));
                        return intact.logDensity(args);
                    }
                    @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) {
                        intact.sample(rng, args, out, off);
                    }
                };
            }
        };
        assertThrows(AssertionError.class, contract::outsideSupportIsNegativeInfinity);
    }
}
