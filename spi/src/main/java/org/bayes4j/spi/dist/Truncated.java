package org.bayes4j.spi.dist;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bayes4j.spi.model.DistributionSpec;
import org.bayes4j.spi.model.Expr;

/**
 * A univariate continuous distribution truncated to {@code [lower, upper]}: family {@code truncated},
 * $\log p(y) = \log p_0(y) - \log(F_0(U) - F_0(L))$. {@code Truncated.of(Normal.of(mu, sigma), 0, 10)}
 * has arguments {@code [0, 10, mu, sigma]} and option {@code base = "normal"}. A bound of
 * {@code Double.NEGATIVE_INFINITY} / {@code Double.POSITIVE_INFINITY} leaves that side open; bounds
 * may be model parameters. The base must provide a CDF (normal, lognormal, exponential, logistic, uniform,
 * cauchy, laplace, weibull).
 */
public final class Truncated {
    private Truncated() {}

    public static DistributionSpec of(DistributionSpec base, Object lower, Object upper) {
        return new DistributionSpec("truncated", arguments(base, lower, upper, "truncated"), Map.of("base", base.family()));
    }

    /** {@code [lower, upper, base arguments...]}; the base must be a plain family. */
    static List<Expr> arguments(DistributionSpec base, Object lower, Object upper, String family) {
        if (!base.options().isEmpty()) {
            throw new IllegalArgumentException(family + ": base " + base + " has options " + base.options().keySet() + "; it must be a plain family");
        }
        List<Expr> args = new ArrayList<>();
        args.add(Expr.of(lower));
        args.add(Expr.of(upper));
        args.addAll(base.arguments());
        return args;
    }
}
