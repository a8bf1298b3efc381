package org.bayes4j.distributions.continuous;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Standard Cauchy draws by inversion: $F^{-1}(u) = \tan(\pi(u - \tfrac12))$.
 * The uniform is taken on the open interval $(0, 1)$ so the tangent stays finite.
 */
final class StandardCauchy {

    private StandardCauchy() {}

    static double draw(UniformRandomProvider rng) {
        double u;
        do {
            u = rng.nextDouble();
        } while (u == 0);
        return Math.tan(Math.PI * (u - 0.5));
    }
}
