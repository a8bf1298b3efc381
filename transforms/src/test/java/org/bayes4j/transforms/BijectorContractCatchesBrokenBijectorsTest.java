package org.bayes4j.transforms;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.spi.constraint.ZeroSum;
import org.bayes4j.testkit.contract.BijectorContract;
import org.bayes4j.testkit.contract.BijectorFreeCoordinates;
import org.bayes4j.transforms.scalar.IdentityProvider;
import org.bayes4j.transforms.scalar.LogProvider;
import org.bayes4j.transforms.simplex.StickBreakingSimplexProvider;
import org.bayes4j.transforms.zerosum.ZeroSumProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every law of {@link BijectorContract} can fail: each test plants one bug in
 * an otherwise correct bijector (stick-breaking simplex, whose Jacobian is the
 * least trivial, or the log transform) and asserts that the law meant to catch
 * it throws, while the same law passes on the correct bijector.
 */
class BijectorContractCatchesBrokenBijectorsTest {

    /** {@code honest}'s bijectors, each passed through {@code plant}. */
    static BijectorProvider planted(BijectorProvider honest, UnaryOperator<Bijector> plant) {
        return new BijectorProvider() {
            @Override public String name() { return "broken_" + honest.name(); }
            @Override public String description() { return "a deliberately broken " + honest.name(); }
            @Override public String supportDescription() { return honest.supportDescription(); }
            @Override public boolean handles(Constraint c) { return honest.handles(c); }
            @Override public Bijector create(Constraint c, int[] shape) { return plant.apply(honest.create(c, shape)); }
        };
    }

    /** A contract over {@code honest}'s bijectors, each passed through {@code plant}. */
    static BijectorContract contract(BijectorProvider honest, Constraint constraint, BijectorFreeCoordinates coordinates,
                                     UnaryOperator<Bijector> plant, boolean declaredIdentity) {
        BijectorProvider broken = planted(honest, plant);
        return new BijectorContract() {
            @Override protected BijectorProvider provider() { return broken; }
            @Override protected Constraint constraint() { return constraint; }
            @Override protected List<int[]> shapes() { return List.of(new int[] {4}, new int[] {2, 3}); }
            @Override protected BijectorFreeCoordinates freeCoordinates() { return coordinates; }
            @Override protected boolean isIdentity() { return declaredIdentity; }
            @Override protected int cases() { return 10; }
        };
    }

    static BijectorContract simplex(UnaryOperator<Bijector> plant) {
        return contract(new StickBreakingSimplexProvider(), Simplex.INSTANCE, BijectorFreeCoordinates.leadingOfLastAxis(), plant, false);
    }

    static void caught(String bug, Executable honestLaw, Executable brokenLaw) {
        try {
            honestLaw.execute();
        } catch (Throwable t) {
            throw new AssertionError("the law fails on the honest bijector, so it proves nothing about '" + bug + "'", t);
        }
        AssertionError e = assertThrows(AssertionError.class, brokenLaw, "the contract missed: " + bug);
        assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "the failure for '" + bug + "' explains nothing");
    }

    @Test void droppedLogJacobianTermIsCaught() {
        // forgets the log(1 - sum_{j<k} y_j) remainder terms: logDet = sum log z_k (1 - z_k) only
        BijectorContract broken = simplex(b -> new ForwardingBijector(b) {
            @Override public double forward(double[] x, int xo, double[] y, int yo) {
                double logDet = delegate.forward(x, xo, y, yo);
                int k = delegate.shape()[delegate.shape().length - 1], events = delegate.constrainedSize() / k;
                for (int e = 0; e < events; e++) {
                    double remainder = 1;
                    for (int j = 0; j < k - 1; j++) {
                        logDet -= Math.log(remainder);
                        remainder -= y[yo + e * k + j];
                    }
                }
                return logDet;
            }
        });
        caught("a dropped log-Jacobian term", simplex(b -> b)::logDeterminantMatchesNumericalJacobian,
                broken::logDeterminantMatchesNumericalJacobian);
    }

    @Test void wrongVectorJacobianProductIsCaught() {
        // omits the logDetAdjoint * grad log|det J| part of the VJP
        BijectorContract broken = simplex(b -> new ForwardingBijector(b) {
            @Override public void backward(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao, double logDetAdj,
                                           double[] xAdj, int xao) {
                delegate.backward(x, xo, y, yo, yAdj, yao, 0.0, xAdj, xao);
            }
        });
        caught("a VJP without the log-determinant gradient", simplex(b -> b)::backwardIsTheVectorJacobianProduct,
                broken::backwardIsTheVectorJacobianProduct);
    }

    @Test void backwardThatOverwritesInsteadOfAddingIsCaught() {
        BijectorContract broken = simplex(b -> new ForwardingBijector(b) {
            @Override public void backward(double[] x, int xo, double[] y, int yo, double[] yAdj, int yao, double logDetAdj,
                                           double[] xAdj, int xao) {
                java.util.Arrays.fill(xAdj, xao, xao + delegate.unconstrainedSize(), 0.0);
                delegate.backward(x, xo, y, yo, yAdj, yao, logDetAdj, xAdj, xao);
            }
        });
        caught("a VJP that overwrites the adjoint", simplex(b -> b)::backwardIsTheVectorJacobianProduct,
                broken::backwardIsTheVectorJacobianProduct);
    }

    @Test void inverseOffByALittleIsCaught() {
        BijectorContract broken = simplex(b -> new ForwardingBijector(b) {
            @Override public void inverse(double[] y, int yo, double[] x, int xo) {
                delegate.inverse(y, yo, x, xo);
                x[xo] += 1e-9;
            }
        });
        caught("an inverse off by 1e-9", simplex(b -> b)::inverseUndoesForward, broken::inverseUndoesForward);
        caught("an inverse off by 1e-9", simplex(b -> b)::forwardUndoesInverse, broken::forwardUndoesInverse);
    }

    @Test void forwardOutsideTheSetIsCaught() {
        // drops the last entry: the rest no longer sums to one
        BijectorContract broken = simplex(b -> new ForwardingBijector(b) {
            @Override public double forward(double[] x, int xo, double[] y, int yo) {
                double logDet = delegate.forward(x, xo, y, yo);
                y[yo + delegate.constrainedSize() - 1] = 0;
                return logDet;
            }
        });
        caught("a forward map leaving the set", simplex(b -> b)::forwardLandsInTheSet, broken::forwardLandsInTheSet);
    }

    @Test void wrongSizeIsCaught() {
        BijectorContract broken = simplex(b -> new ForwardingBijector(b) {
            @Override public int unconstrainedSize() { return delegate.constrainedSize(); }
        });
        caught("an unconstrained size of K instead of K - 1", simplex(b -> b)::sizesMatchTheConstraint, broken::sizesMatchTheConstraint);
    }

    @Test void ignoredOffsetIsCaught() {
        BijectorContract broken = simplex(b -> new ForwardingBijector(b) {
            @Override public void inverse(double[] y, int yo, double[] x, int xo) { delegate.inverse(y, yo, x, 0); }
        });
        caught("an inverse ignoring its output offset", simplex(b -> b)::writesOnlyItsSlice, broken::writesOnlyItsSlice);
    }

    @Test void identityPosingAsATransformIsCaught() {
        BijectorContract honest = contract(new LogProvider(), Positive.INSTANCE, BijectorFreeCoordinates.all(), b -> b, false);
        BijectorContract broken = contract(new IdentityProvider(), Real.INSTANCE, BijectorFreeCoordinates.all(), b -> b, false);
        caught("the identity where a transform was expected", honest::isNotTheIdentity, broken::isNotTheIdentity);
        BijectorContract declared = contract(new IdentityProvider(), Real.INSTANCE, BijectorFreeCoordinates.all(), b -> b, true);
        BijectorContract notIdentity = contract(new LogProvider(), Positive.INSTANCE, BijectorFreeCoordinates.all(), b -> b, true);
        caught("a transform declared to be the identity", declared::isNotTheIdentity, notIdentity::isNotTheIdentity);
    }

    @Test void isometryThatStretchesIsCaught() {
        // a zero-sum map scaled by 2 still lands in the set and round-trips, but J^T J = 4 I, so log|det J| = 0 is wrong
        ZeroSum lastAxis = ZeroSum.lastAxes(1);
        UnaryOperator<Bijector> stretch = b -> new ForwardingBijector(b) {
            @Override public double forward(double[] x, int xo, double[] y, int yo) {
                double logDet = delegate.forward(x, xo, y, yo);
                for (int i = 0; i < delegate.constrainedSize(); i++) y[yo + i] *= 2;
                return logDet;
            }
        };
        caught("a zero-sum map that is not an isometry", isometric(b -> b, lastAxis)::logDeterminantMatchesNumericalJacobian,
                isometric(stretch, lastAxis)::logDeterminantMatchesNumericalJacobian);
    }

    static BijectorContract isometric(UnaryOperator<Bijector> plant, ZeroSum constraint) {
        BijectorProvider broken = planted(new ZeroSumProvider(), plant);
        return new BijectorContract() {
            @Override protected BijectorProvider provider() { return broken; }
            @Override protected Constraint constraint() { return constraint; }
            @Override protected List<int[]> shapes() { return List.of(new int[] {4}, new int[] {2, 3}); }
            @Override protected boolean isIsometricEmbedding() { return true; }
            @Override protected int cases() { return 10; }
        };
    }

    @Test void providerNotHandlingItsConstraintIsCaught() {
        BijectorContract honest = contract(new LogProvider(), Positive.INSTANCE, BijectorFreeCoordinates.all(), b -> b, false);
        BijectorContract broken = contract(new LogProvider(), Real.INSTANCE, BijectorFreeCoordinates.all(), b -> b, false);
        caught("a provider that does not handle the constraint", honest::providerDescribesItself, broken::providerDescribesItself);
    }
}
