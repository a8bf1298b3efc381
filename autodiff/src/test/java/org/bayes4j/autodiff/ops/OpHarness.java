package org.bayes4j.autodiff.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.bayes4j.autodiff.fixtures.Fixtures;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelBuilder;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.GradientCheck;
import org.bayes4j.testkit.Tolerance;

/**
 * Checks one op end to end through the compiler: a model with one free
 * parameter per input (real with a normal prior, or positive with an
 * exponential prior and the exp bijector), a deterministic {@code y = op(x...)},
 * and a potential {@code sum(y * w)} with fixed random weights {@code w}. The
 * compiled gradient must match finite differences of the compiled log density
 * (so the op's reverse rule must agree with its forward rule), and {@code y}
 * must equal the naive reference (so the forward rule is right).
 */
final class OpHarness {

    private OpHarness() {}

    /** One input: its shape, and whether it must be positive. */
    record Input(int[] shape, boolean positive) {
        static Input real(int... shape) { return new Input(shape, false); }
        static Input positive(int... shape) { return new Input(shape, true); }
    }

    interface Builder { Expr build(ModelBuilder m, Expr[] x); }

    interface Reference { double[] apply(double[][] x); }

    static Dim[] anonymous(int[] shape) {
        return Arrays.stream(shape).mapToObj(Dim::anonymous).toArray(Dim[]::new);
    }

    static void check(Gen g, String what, Input[] inputs, Builder builder, Reference reference) {
        String label = what + " with inputs " + Arrays.toString(Arrays.stream(inputs).map(i -> Arrays.toString(i.shape())).toArray());
        Model model = Model.build("op", m -> {
            Expr[] x = new Expr[inputs.length];
            for (int i = 0; i < inputs.length; i++) {
                x[i] = m.param("x" + i, inputs[i].positive() ? Exponential.of(1.0) : Normal.of(0.0, 1.0), anonymous(inputs[i].shape()));
            }
            Expr y = builder.build(m, x);
            m.deterministic("y", y);
            m.potential("p", y.mul(m.constant(g.normals(y.size()), y.dims().toArray(new Dim[0]))));
        });
        CompiledModel compiled = Fixtures.compile(model);
        LogDensity density = compiled.newEvaluator();
        double[] theta = new double[compiled.dimension()];
        for (int i = 0; i < theta.length; i++) theta[i] = 0.8 * g.normal();
        double[] grad = new double[theta.length];
        double lp = density.logDensityGradient(theta, grad);
        assertEquals(lp, density.logDensity(theta), 1e-12 * Math.max(1, Math.abs(lp)), label + ": logDensity and logDensityGradient differ");
        GradientCheck.assertGradient(label, density::logDensity, theta, grad);
        Map<String, double[]> values = compiled.constrainedValues(theta);
        double[][] x = new double[inputs.length][];
        for (int i = 0; i < inputs.length; i++) x[i] = values.get("x" + i);
        Tolerance.assertClose(label + " value", values.get("y"), reference.apply(x), 1e-12, 1e-12);
    }

    static void check(Gen g, String what, List<Input> inputs, Builder builder, Reference reference) {
        check(g, what, inputs.toArray(new Input[0]), builder, reference);
    }
}
