package org.bayes4j.validation.power;

import java.util.ServiceLoader;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.bijector.BijectorRegistry;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;

/**
 * A deliberately broken bijector onto the positive half line: the installed
 * {@code log} transform ({@code y = e^x}) with its log-Jacobian {@code x}
 * dropped, so the density the sampler sees on {@code x} is {@code p(e^x)}
 * instead of {@code p(e^x) e^x}: the implied prior on {@code y} gains a
 * factor {@code 1/y}. Installed for the validation tests through
 * {@code META-INF/services}, it handles nothing unless
 * {@code -Dbayes4j.bijectors.prefer=log-without-jacobian} selects it, so the
 * other tests compile with the real transform.
 */
public final class DroppedJacobianLogProvider implements BijectorProvider {

    public static final String NAME = "log-without-jacobian";

    @Override public String name() { return NAME; }

    @Override public String description() { return "BROKEN on purpose: exp transform without its log-Jacobian (validation power test)"; }

    @Override public String supportDescription() { return "positive (when " + BijectorRegistry.PREFER_PROPERTY + " lists " + NAME + ")"; }

    @Override public boolean handles(Constraint constraint) {
        return constraint instanceof Positive && System.getProperty(BijectorRegistry.PREFER_PROPERTY, "").contains(NAME);
    }

    @Override public Bijector create(Constraint constraint, int[] shape) {
        BijectorProvider real = ServiceLoader.load(BijectorProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("log")).findFirst().orElseThrow();
        Bijector inner = real.create(constraint, shape);
        return new Bijector() {
            @Override public Constraint constraint() { return inner.constraint(); }
            @Override public int[] shape() { return inner.shape(); }
            @Override public int unconstrainedSize() { return inner.unconstrainedSize(); }
            @Override public int constrainedSize() { return inner.constrainedSize(); }
            @Override public double forward(double[] x, int xo, double[] y, int yo) {
                inner.forward(x, xo, y, yo);
                return 0;
            }
            @Override public void inverse(double[] y, int yo, double[] x, int xo) { inner.inverse(y, yo, x, xo); }
            @Override public void backward(double[] x, int xo, double[] y, int yo, double[] ya, int yao, double logDetAdjoint,
                                           double[] xa, int xao) {
                inner.backward(x, xo, y, yo, ya, yao, 0, xa, xao);
            }
        };
    }
}
