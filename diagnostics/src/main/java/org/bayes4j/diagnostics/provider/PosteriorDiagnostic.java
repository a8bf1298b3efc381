package org.bayes4j.diagnostics.provider;

import java.util.function.ToDoubleFunction;

import org.bayes4j.diagnostics.convergence.Draws2d;
import org.bayes4j.spi.diagnostic.DiagnosticProvider;

/**
 * A scalar diagnostic registered under its {@code posterior} name. Each concrete
 * subclass only names a function of {@code draws[chain][iteration]}; this base
 * checks the array is rectangular and leaves NaN for "undefined" (posterior's NA).
 * {@code ServiceLoader} needs one public class with a no-argument constructor per
 * provider, hence one tiny subclass per name.
 */
public abstract class PosteriorDiagnostic implements DiagnosticProvider {

    private final String name;
    private final String description;
    private final ToDoubleFunction<double[][]> function;

    protected PosteriorDiagnostic(String name, String description, ToDoubleFunction<double[][]> function) {
        this.name = name;
        this.description = description;
        this.function = function;
    }

    @Override public final String name() { return name; }

    @Override public final String description() { return description; }

    @Override
    public final double evaluate(double[][] draws) {
        Draws2d.requireRectangular(draws);
        return function.applyAsDouble(draws);
    }

    @Override public String toString() { return name; }
}
