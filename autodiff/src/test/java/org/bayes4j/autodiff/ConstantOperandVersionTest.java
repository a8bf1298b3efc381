package org.bayes4j.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.bayes4j.autodiff.eval.CallSite;
import org.bayes4j.autodiff.eval.Evaluator;
import org.bayes4j.autodiff.fixtures.Fixtures;
import org.bayes4j.autodiff.fixtures.TestModels;
import org.bayes4j.autodiff.fixtures.TestModels.FrogData;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.model.CompiledModel;
import org.junit.jupiter.api.Test;

/**
 * The evaluator versions the operands of data (and of what is computed from data alone) at every call
 * site, in both views, and moves the version on when the data are replaced; operands that depend on the
 * parameters stay {@link Operand#UNVERSIONED}, so families compare their values every time.
 */
class ConstantOperandVersionTest {

    @Test void dataOperandsCarryTheDataVersionAndParameterOperandsNone() {
        FrogData data = FrogData.simulate(4, 3);
        CompiledModel model = Fixtures.compile(TestModels.reedFrogs(data, true));
        Evaluator evaluator = (Evaluator) model.newEvaluator();
        double[] theta = new double[model.dimension()];
        evaluator.logDensity(theta);
        CallSite survived = evaluator.likelihood(0); // survived ~ binomial_logit(density, alpha)
        for (Operands args : new Operands[] {survived.withAdjoints, survived.valuesOnly}) {
            assertNotEquals(Operand.UNVERSIONED, args.value().version(), "observed surv");
            assertEquals(args.value().version(), args.parameter(0).version(), "density, data like surv");
            assertEquals(Operand.UNVERSIONED, args.parameter(1).version(), "alpha, a parameter");
        }
        long before = survived.withAdjoints.value().version();
        model.setData("surv", new double[4]);
        evaluator.logDensity(theta);
        assertNotEquals(before, survived.withAdjoints.value().version(), "a new version after setData");
        assertNotEquals(Operand.UNVERSIONED, survived.withAdjoints.value().version());
    }
}
