package org.bayes4j.distributions.multivariate;

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
 * The laws for vector parameters can fail: a wrong simplex partial, a missing softmax term, a sampler
 * off by one category, and a family reading every event's vector from event 0.
 */
class ContractCatchesBrokenVectorFamiliesTest {

    private static DistributionFamily wrap(DistributionFamily intact, java.util.function.ToDoubleFunction<Operands> density) {
        return new DistributionFamily() {
            @Override public String name() { return intact.name(); }
            @Override public String description() { return intact.description(); }
            @Override public List<ParameterSpec> parameters() { return intact.parameters(); }
            @Override public Constraint support() { return intact.support(); }
            @Override public void checkParameters(double[][] constants) { intact.checkParameters(constants); }
            @Override public double logDensity(Operands args) { return density.applyAsDouble(args); }
            @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) { intact.sample(rng, args, out, off); }
        };
    }

    @Test
    void doubledSimplexPartialFailsTheDirectionalCheck() {
        CategoricalFamily intact = new CategoricalFamily();
        DistributionFamily broken = wrap(intact, args -> {
            double lp = intact.logDensity(args);
            Operand p = args.parameter(0);
            for (int b = 0; b < args.batchSize(); b++) {
                int c = (int) args.value().get(b);
                p.addAdjoint(b, c, 1 / p.get(b, c));
            }
            return lp;
        });
        DistributionFamilyContract contract = new CategoricalFamilyContractTest() {
            @Override protected DistributionFamily family() { return broken; }
        };
        assertThrows(AssertionError.class, contract::partialsMatchFiniteDifferences);
    }

    @Test
    void missingSoftmaxTermFailsTheFiniteDifferenceLaw() {
        CategoricalLogitFamily intact = new CategoricalLogitFamily();
        DistributionFamily broken = wrap(intact, args -> {
            double lp = intact.logDensity(args);
            Operand eta = args.parameter(0);
            int k = eta.eventLength();
            // adds back softmax(eta)_j, leaving only the indicator [j = y]
            for (int b = 0; b < args.batchSize(); b++) {
                double sum = 0;
                for (int j = 0; j < k; j++) sum += Math.exp(eta.get(b, j));
                for (int j = 0; j < k; j++) eta.addAdjoint(b, j, Math.exp(eta.get(b, j)) / sum);
            }
            return lp;
        });
        DistributionFamilyContract contract = new CategoricalLogitFamilyContractTest() {
            @Override protected DistributionFamily family() { return broken; }
        };
        assertThrows(AssertionError.class, contract::partialsMatchFiniteDifferences);
    }

    @Test
    void offByOneSamplerFailsGoodnessOfFit() {
        CategoricalFamily intact = new CategoricalFamily();
        DistributionFamily broken = new DistributionFamily() {
            @Override public String name() { return intact.name(); }
            @Override public String description() { return intact.description(); }
            @Override public List<ParameterSpec> parameters() { return intact.parameters(); }
            @Override public Constraint support() { return intact.support(); }
            @Override public double logDensity(Operands args) { return intact.logDensity(args); }
            @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) {
                intact.sample(rng, args, out, off);
                int k = args.parameter(0).eventLength();
                for (int b = 0; b < args.batchSize(); b++) out[off + b] = (out[off + b] + 1) % k; // categories rotated
            }
        };
        DistributionFamilyContract contract = new CategoricalFamilyContractTest() {
            @Override protected DistributionFamily family() { return broken; }
        };
        assertThrows(AssertionError.class, contract::drawsFitTheDistribution);
    }

    @Test
    void ignoringTheEventStrideFailsThePerEventComparison() {
        CategoricalLogitFamily intact = new CategoricalLogitFamily();
        // reads every event's logits from event 0, as a family assuming broadcast would
        DistributionFamily broken = wrap(intact, args -> {
            Operand eta = args.parameter(0);
            Operand first = Operand.of(eta.data(), eta.adjoint(), eta.offset(), true, eta.eventShape());
            return intact.logDensity(new Operands(args.batchSize(), args.value(), new Operand[] {first}, args.options())
                    .withPointwise(args.pointwise()));
        });
        DistributionFamilyContract contract = new CategoricalLogitFamilyContractTest() {
            @Override protected DistributionFamily family() { return broken; }
        };
        // per-event values of a batch with distinct logits differ from single-event calls
        assertThrows(AssertionError.class, contract::pointwiseSumsToTotal);
    }
}
