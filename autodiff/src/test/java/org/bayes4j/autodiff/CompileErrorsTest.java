package org.bayes4j.autodiff;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.bayes4j.autodiff.fixtures.Fixtures;
import org.bayes4j.autodiff.fixtures.TestBijectors;
import org.bayes4j.autodiff.fixtures.TestNormal;
import org.bayes4j.autodiff.fixtures.TestModels;
import org.bayes4j.autodiff.fixtures.TestModels.FrogData;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.UnitInterval;
import org.bayes4j.spi.dist.Binomial;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.DistributionSpec;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/** Bad models fail at build or compile time with messages naming the variable, index, value and expectation. */
class CompileErrorsTest {

    private static void assertMessage(Throwable t, String... parts) {
        for (String p : parts) assertTrue(t.getMessage().contains(p), "message '" + t.getMessage() + "' should contain '" + p + "'");
    }

    private static IllegalArgumentException compileFails(Model model) {
        return assertThrows(IllegalArgumentException.class, () -> Fixtures.compile(model));
    }

    @Test void unknownFamilyIsNamedWithTheKnownOnes() {
        Model model = Model.build("m", m -> m.param("rate", DistributionSpec.of("gamma", 2.0, 1.0)));
        assertMessage(compileFails(model), "rate: unknown distribution family 'gamma'", "known: binomial_logit, categorical_logit, exponential");
    }

    @Test void wrongNumberOfArgumentsNamesTheVariable() {
        Model model = Model.build("m", m -> m.param("x", DistributionSpec.of("normal", 0.0, 1.0, 2.0)));
        assertMessage(compileFails(model), "x: normal takes 2 arguments (mu, sigma), got 3");
    }

    @Test void shapeMismatchAtBuildNamesOperandsAndDims() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Model.build("m", m -> {
            Var a = m.param("a", Normal.of(0, 1), m.dim("tank", 3));
            Var b = m.param("b", Normal.of(0, 1), m.dim("pond", 4));
            m.deterministic("c", a.add(b));
        }));
        assertMessage(e, "'a' (tank=3)", "'b' (pond=4)");
    }

    @Test void parameterNotBroadcastingToTheVariableNamesBoth() {
        Model model = Model.build("m", m -> {
            Var mu = m.param("mu", Normal.of(0, 1), m.dim("group", 3));
            m.param("x", Normal.of(mu, 1), m.dim("tank", 4));
        });
        assertMessage(compileFails(model), "x: normal parameter mu 'mu' has dims (group=3)", "of 'x' (tank=4)");
    }

    @Test void indexOutOfRangeNamesDataPositionValueAndRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Model.build("m", m -> {
            Dim group = m.dim("group", 3);
            m.index("g", new int[] {0, 2, 5}, group, m.dim("row", 3));
        }));
        assertMessage(e, "data 'g'[2] is 5", "'group' (0..2)");
    }

    @Test void negativeConstantSigmaNamesTheModelVariable() {
        Model model = Model.build("m", m -> m.param("alpha", Normal.of(0, -1.5)));
        assertMessage(compileFails(model), "alpha: normal: sigma is -1.5, but must be positive");
    }

    @Test void observedDataOutsideTheSupportNamesDataIndexAndValue() {
        FrogData data = FrogData.simulate(5, 3);
        data.surv()[3] = -1;
        assertMessage(compileFails(TestModels.reedFrogs(data, true)), "survived: observed 'surv'[3] is -1, but must be nonnegative_integer");
    }

    @Test void discreteFreeVariableIsRejected() {
        Model model = Model.build("m", m -> m.param("k", Binomial.logit(10, 0.0)));
        assertMessage(compileFails(model), "k:", "nonnegative_integer", "discrete", "HMC");
    }

    @Test void discreteCategoricalParameterIsRejected() {
        Model model = Model.build("m", m -> {
            Data y = m.data("y", new int[] {1, 0}, m.dim("row", 2));
            Var p = m.param("p", Exponential.of(1));
            m.observe("obs", Binomial.logit(3, p), y);
            m.param("c", DistributionSpec.of("categorical_logit", new double[] {0.0, 1.0}));
        });
        assertMessage(compileFails(model), "c:", "discrete");
    }

    /** A family whose support (the unit interval) no installed bijector handles. */
    private static final class UnitFamily extends TestNormal {
        @Override public String name() { return "unit"; }
        @Override public Constraint support() { return UnitInterval.INSTANCE; }
    }

    @Test void missingBijectorNamesTheVariableAndTheKnownOnes() {
        Model model = Model.build("m", m -> m.param("p", DistributionSpec.of("unit", 0.0, 1.0)));
        List<DistributionFamily> families = new ArrayList<>(Fixtures.families());
        families.add(new UnitFamily());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AutodiffCompiler(families, TestBijectors.registry()).compile(model));
        assertMessage(e, "p: no Bijector for unit_interval", "identity (real)", "exp (positive)");
    }

    @Test void variableOfAnotherModelIsRejected() {
        Var[] foreign = new Var[1];
        Model.build("other", m -> foreign[0] = m.param("theta", Normal.of(0, 1)));
        Model model = Model.build("m", m -> m.param("x", Normal.of(foreign[0], 1)));
        assertMessage(compileFails(model), "'theta'", "not a free variable");
    }

    @Test void thetaOfTheWrongLengthIsRejected() {
        CompiledModel model = Fixtures.compile(TestModels.reedFrogs(FrogData.simulate(3, 1), true));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> model.newEvaluator().logDensity(new double[2]));
        assertMessage(e, "theta has length 2", "5 unconstrained coordinates");
    }
}
