package org.bayes4j.distributions.combinators;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.distributions.continuous.LaplaceFamily;
import org.bayes4j.distributions.continuous.NormalFamily;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.testkit.contract.DistributionFamilyContract;
import org.junit.jupiter.api.Test;

/**
 * The contract catches a broken combinator: plausible mistakes in a mixture of
 * {@code normal, normal, laplace} each fail the law meant to catch them, while the intact mixture
 * passes every law in {@link NormalLaplaceMixtureContractTest}.
 */
class ContractCatchesBrokenCombinatorsTest {

    private static final DistributionFamily INTACT = NormalLaplaceMixtureContractTest.mixture(List.of("normal", "normal", "laplace"));

    /** The intact mixture's declarations and draws, with a defective log density. */
    private abstract static class BrokenMixture implements DistributionFamily {
        @Override public String name() { return INTACT.name(); }
        @Override public String description() { return INTACT.description(); }
        @Override public List<ParameterSpec> parameters() { return INTACT.parameters(); }
        @Override public Constraint support() { return INTACT.support(); }
        @Override public void checkParameters(double[][] c) { INTACT.checkParameters(c); }
        @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) { INTACT.sample(rng, args, out, off); }
    }

    private static DistributionFamilyContract contractFor(DistributionFamily broken) {
        return new NormalLaplaceMixtureContractTest() {
            @Override protected DistributionFamily family() { return broken; }
        };
    }

    /**
     * Averages log densities, $\sum_j w_j \log p_j(y)$, instead of log-averaging densities. Its
     * partials are those of its own formula (weights $w_j$ on the component partials, $\log p_j$ on
     * $w_j$), so only the reference and normalisation laws can see the mistake.
     */
    @Test
    void averagingLogDensitiesFailsReferenceAndNormalisation() {
        var contract = contractFor(new BrokenMixture() {
            @Override public double logDensity(Operands args) {
                int batch = args.batchSize();
                ComponentCall[] calls = {
                    new ComponentCall(new NormalFamily(), args, 1, true),
                    new ComponentCall(new NormalFamily(), args, 3, true),
                    new ComponentCall(new LaplaceFamily(), args, 5, true)};
                Operand w = args.parameter(0);
                double[] weights = new double[batch * 3];
                double total = 0;
                for (ComponentCall c : calls) {
                    c.load(args);
                    c.evaluate();
                }
                for (int b = 0; b < batch; b++) {
                    double lp = 0;
                    for (int j = 0; j < 3; j++) {
                        weights[b * 3 + j] = w.get(b, j);
                        lp += w.get(b, j) * calls[j].pointwise()[b];
                        w.addAdjoint(b, j, calls[j].pointwise()[b]);
                    }
                    if (args.pointwise() != null) args.pointwise()[b] = lp;
                    total += lp;
                }
                for (int j = 0; j < 3; j++) calls[j].chain(args, weights, 3, j);
                return total;
            }
        });
        contract.partialsMatchFiniteDifferences(); // self-consistent
        assertThrows(AssertionError.class, contract::logDensityMatchesReference);
        assertThrows(AssertionError.class, contract::normalises);
    }

    /** Adds the component partials with weight 1 (as a family would) instead of the responsibilities. */
    @Test
    void unweightedComponentPartialsFailTheFiniteDifferenceLaw() {
        var contract = contractFor(new BrokenMixture() {
            @Override public double logDensity(Operands args) {
                Operand w = args.parameter(0);
                // the intact value and weight partials, computed with the components held constant
                Operand[] constantComponents = new Operand[args.arity()];
                constantComponents[0] = w;
                for (int i = 1; i < args.arity(); i++) {
                    Operand p = args.parameter(i);
                    constantComponents[i] = Operand.of(p.data(), null, p.offset(), p.isBroadcast(), p.eventShape());
                }
                Operand y = args.value();
                Operands weightsOnly = new Operands(args.batchSize(), Operand.of(y.data(), null, y.offset(), false, y.eventShape()),
                        constantComponents, args.options()).withPointwise(args.pointwise());
                double lp = INTACT.logDensity(weightsOnly);
                // then every component's partials at full weight
                new NormalFamily().logDensity(sub(args, 1));
                new NormalFamily().logDensity(sub(args, 3));
                new LaplaceFamily().logDensity(sub(args, 5));
                return lp;
            }
        });
        assertThrows(AssertionError.class, contract::partialsMatchFiniteDifferences);
        contract.logDensityMatchesReference(); // the value itself is right
    }

    /** The parent's value and two parameters from {@code first}, sharing the parent's buffers and adjoints. */
    private static Operands sub(Operands args, int first) {
        return new Operands(args.batchSize(), args.value(), args.parameter(first), args.parameter(first + 1));
    }

    /** A hurdle family's declarations and draws, with a replaceable log density or sampler. */
    private static class Delegating implements DistributionFamily {
        final DistributionFamily intact;
        Delegating(DistributionFamily intact) { this.intact = intact; }
        @Override public String name() { return intact.name(); }
        @Override public String description() { return intact.description(); }
        @Override public List<ParameterSpec> parameters() { return intact.parameters(); }
        @Override public Constraint support() { return intact.support(); }
        @Override public double logDensity(Operands args) { return intact.logDensity(args); }
        @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) { intact.sample(rng, args, out, off); }
    }

    /** A Poisson hurdle that forgets to truncate the base at zero (drops $-\log(1 - e^{-\lambda})$ above zero). */
    @Test
    void untruncatedHurdleFailsReferenceAndNormalisation() {
        var contract = new HurdlePoissonContractTest() {
            @Override protected DistributionFamily family() {
                return new Delegating(new HurdlePoissonFamily()) {
                    @Override public double logDensity(Operands args) {
                        double[] pointwise = new double[args.batchSize()];
                        double[] outer = args.pointwise();
                        intact.logDensity(args.withPointwise(pointwise));
                        args.withPointwise(outer);
                        double total = 0;
                        for (int b = 0; b < args.batchSize(); b++) {
                            double lp = pointwise[b];
                            if (args.value().get(b) > 0) lp += Math.log(-Math.expm1(-args.parameter(1).get(b)));
                            if (outer != null) outer[b] = lp;
                            total += lp;
                        }
                        return total;
                    }
                };
            }
        };
        assertThrows(AssertionError.class, contract::logDensityMatchesReference);
        assertThrows(AssertionError.class, contract::normalises);
    }

    /** A gamma hurdle that puts mass psi (not 1 - psi) on zero: the restated normalisation law catches it. */
    @Test
    void swappedAtomFailsTheMixedMeasureNormalisation() {
        var contract = new HurdleGammaContractTest() {
            @Override protected DistributionFamily family() {
                return new Delegating(new HurdleGammaFamily()) {
                    @Override public double logDensity(Operands args) {
                        double[] pointwise = new double[args.batchSize()];
                        double[] outer = args.pointwise();
                        intact.logDensity(args.withPointwise(pointwise));
                        args.withPointwise(outer);
                        double total = 0;
                        for (int b = 0; b < args.batchSize(); b++) {
                            double lp = args.value().get(b) == 0 ? Math.log(args.parameter(0).get(b)) : pointwise[b];
                            if (outer != null) outer[b] = lp;
                            total += lp;
                        }
                        return total;
                    }
                };
            }
        };
        assertThrows(AssertionError.class, contract::normalises);
    }

    /** A gamma hurdle whose sampler never stops at the hurdle: the restated goodness-of-fit law catches it. */
    @Test
    void samplerWithoutZerosFailsTheMixedMeasureGoodnessOfFit() {
        var contract = new HurdleGammaContractTest() {
            @Override protected DistributionFamily family() {
                return new Delegating(new HurdleGammaFamily()) {
                    @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) {
                        new org.bayes4j.distributions.continuous.GammaFamily().sample(rng,
                                new Operands(args.batchSize(), args.value(), args.parameter(1), args.parameter(2)), out, off);
                    }
                };
            }
        };
        assertThrows(AssertionError.class, contract::drawsFitTheDistribution);
    }

    /** A truncation that forgets its normaliser (returns the base density on [L, U]). */
    @Test
    void unnormalisedTruncationFailsReferenceAndNormalisation() {
        DistributionFamily intact = new TruncatedFamily().configure(java.util.Map.of("base", "normal"));
        var contract = new TruncatedNormalContractTest() {
            @Override protected DistributionFamily family() {
                return new Delegating(intact) {
                    @Override public Constraint support(double[][] constants) { return intact.support(constants); }
                    @Override public double logDensity(Operands args) {
                        Operand y = args.value();
                        double total = 0;
                        for (int b = 0; b < args.batchSize(); b++) {
                            double l = args.parameter(0).get(b), u = args.parameter(1).get(b), yb = y.get(b);
                            double lp = yb >= l && yb <= u ? org.apache.commons.statistics.distribution.NormalDistribution
                                    .of(args.parameter(2).get(b), args.parameter(3).get(b)).logDensity(yb) : Double.NEGATIVE_INFINITY;
                            if (args.pointwise() != null) args.pointwise()[b] = lp;
                            total += lp;
                        }
                        return total;
                    }
                };
            }
        };
        assertThrows(AssertionError.class, contract::logDensityMatchesReference);
        assertThrows(AssertionError.class, contract::normalises);
    }

    /** A censored normal that scores a censored value by the density instead of the tail mass: the restated normalisation catches it. */
    @Test
    void densityAtCensoringPointsFailsTheRestatedNormalisation() {
        DistributionFamily intact = new CensoredFamily().configure(java.util.Map.of("base", "normal"));
        var contract = new CensoredNormalContractTest() {
            @Override protected DistributionFamily family() {
                return new Delegating(intact) {
                    @Override public Constraint support(double[][] constants) { return intact.support(constants); }
                    @Override public double logDensity(Operands args) {
                        double total = 0;
                        for (int b = 0; b < args.batchSize(); b++) {
                            double l = args.parameter(0).get(b), u = args.parameter(1).get(b), y = args.value().get(b);
                            double lp = y >= l && y <= u ? org.apache.commons.statistics.distribution.NormalDistribution
                                    .of(args.parameter(2).get(b), args.parameter(3).get(b)).logDensity(y) : Double.NEGATIVE_INFINITY;
                            if (args.pointwise() != null) args.pointwise()[b] = lp;
                            total += lp;
                        }
                        return total;
                    }
                };
            }
        };
        assertThrows(AssertionError.class, contract::normalises);
    }

    /** A censored normal whose sampler forgets to clip: the restated goodness-of-fit law catches it. */
    @Test
    void unclippedDrawsFailTheRestatedGoodnessOfFit() {
        DistributionFamily intact = new CensoredFamily().configure(java.util.Map.of("base", "normal"));
        var contract = new CensoredNormalContractTest() {
            @Override protected DistributionFamily family() {
                return new Delegating(intact) {
                    @Override public Constraint support(double[][] constants) { return intact.support(constants); }
                    @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) {
                        new NormalFamily().sample(rng, new Operands(args.batchSize(), args.value(), args.parameter(2), args.parameter(3)), out, off);
                    }
                };
            }
        };
        assertThrows(AssertionError.class, contract::drawsFitTheDistribution);
    }
}
