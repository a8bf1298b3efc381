package org.bayes4j.spi.dist;

import java.util.ArrayList;
import java.util.List;

import org.bayes4j.spi.model.DistributionSpec;
import org.bayes4j.spi.model.Expr;

/**
 * A finite mixture $p(y) = \sum_j w_j\,p_j(y)$ of families sharing one support and one event
 * shape (scalars, or vectors such as masked multinomial counts): family {@code mixture}. {@code Mixture.of(w, Normal.of(mu1, s1), Normal.of(mu2, s2))} has arguments
 * {@code [w, mu1, s1, mu2, s2]} (the weights, then each component's arguments in order) and options
 * {@code components = ["normal", "normal"]}, {@code arities = [2, 2]}. Components' arguments may be
 * model parameters; the weights {@code w} are a simplex with one entry per component.
 */
public final class Mixture {
    private Mixture() {}

    public static DistributionSpec of(Object weights, DistributionSpec... components) {
        if (components.length == 0) throw new IllegalArgumentException("mixture: needs at least one component");
        List<Expr> args = new ArrayList<>();
        args.add(Expr.of(weights));
        List<String> names = new ArrayList<>();
        List<Integer> arities = new ArrayList<>();
        for (DistributionSpec c : components) {
            if (!c.options().isEmpty()) {
                throw new IllegalArgumentException("mixture: component " + c + " has options " + c.options().keySet()
                        + "; mixture components must be plain families");
            }
            names.add(c.family());
            arities.add(c.arguments().size());
            args.addAll(c.arguments());
        }
        return new DistributionSpec("mixture", args, java.util.Map.of("components", List.copyOf(names), "arities", List.copyOf(arities)));
    }
}
