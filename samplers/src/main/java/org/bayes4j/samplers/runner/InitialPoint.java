package org.bayes4j.samplers.runner;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.density.LogDensity;

/**
 * Stan's random initialisation: draw each unconstrained coordinate uniformly on
 * $(-r, r)$ (default $r = 2$) and accept the point if $\log\pi$ and every gradient
 * entry are finite; retry up to {@value #MAX_TRIES} times. With $r = 0$ the
 * origin is the only candidate. A user-supplied point is checked the same way.
 */
public final class InitialPoint {

    public static final int MAX_TRIES = 100;

    private InitialPoint() {}

    /** A finite starting point, or an exception naming the last log density and point tried. */
    public static double[] find(LogDensity density, UniformRandomProvider rng, double radius, double[] given) {
        int d = density.dimension();
        double[] gradient = new double[d];
        if (given != null) {
            if (given.length != d) {
                throw new IllegalArgumentException("initial point has " + given.length + " coordinates, but the density has " + d);
            }
            String problem = problem(density, given, gradient);
            if (problem != null) throw new IllegalArgumentException("the given initial point " + Arrays.toString(given) + " is unusable: " + problem);
            return given.clone();
        }
        int tries = radius == 0 ? 1 : MAX_TRIES;
        String last = null;
        double[] theta = new double[d];
        for (int t = 0; t < tries; t++) {
            for (int i = 0; i < d; i++) theta[i] = radius == 0 ? 0.0 : radius * (2 * rng.nextDouble() - 1);
            last = problem(density, theta, gradient);
            if (last == null) return theta;
        }
        throw new IllegalStateException("could not find a finite initial point after " + tries + (tries == 1 ? " try" : " tries")
                + " (uniform on (-" + radius + ", " + radius + ")); last " + last);
    }

    /** Why {@code theta} cannot start a chain, or null if it can. */
    private static String problem(LogDensity density, double[] theta, double[] gradient) {
        double lp;
        try {
            lp = density.logDensityGradient(theta, gradient);
        } catch (RuntimeException e) {
            return "evaluation threw " + e + " at " + brief(theta);
        }
        if (!Double.isFinite(lp)) return "log density is " + lp + " at " + brief(theta);
        for (int i = 0; i < gradient.length; i++) {
            if (!Double.isFinite(gradient[i])) return "log density is " + lp + " but gradient[" + i + "] is " + gradient[i] + " at " + brief(theta);
        }
        return null;
    }

    private static String brief(double[] theta) {
        if (theta.length <= 6) return "theta = " + Arrays.toString(theta);
        return "theta = " + Arrays.toString(Arrays.copyOf(theta, 6)).replace("]", ", ...]");
    }
}
