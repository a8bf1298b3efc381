package org.bayes4j.spi.dist;

import java.util.Map;

import org.bayes4j.spi.model.DistributionSpec;

/**
 * A univariate continuous distribution censored at {@code lower} and {@code upper} (PyMC's
 * {@code pm.Censored}): family {@code censored}; an observation equal to {@code lower} has log mass
 * $\log F_0(L)$, one equal to {@code upper} has $\log(1 - F_0(U))$, one in between the base's log
 * density. {@code Censored.of(Normal.of(mu, sigma), 0, Double.POSITIVE_INFINITY)} has arguments
 * {@code [0, inf, mu, sigma]} and option {@code base = "normal"}. The base must provide a CDF.
 */
public final class Censored {
    private Censored() {}

    public static DistributionSpec of(DistributionSpec base, Object lower, Object upper) {
        return new DistributionSpec("censored", Truncated.arguments(base, lower, upper, "censored"), Map.of("base", base.family()));
    }
}
