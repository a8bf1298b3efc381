package org.bayes4j.models.confounded;

import org.bayes4j.spi.dist.Bernoulli;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Var;

/**
 * Confounded groups 7c, multilevel (non-centred, as in the catalogue):
 * $$ \operatorname{logit} p_i = \alpha_{g[i]} + b_X X_i + b_Z Z_{g[i]},\quad
 *    \alpha_g = \bar\alpha + \tau z_g,\quad z_g \sim N(0, 1), $$
 * with $\bar\alpha \sim N(0, 1)$, $\tau \sim \text{Exponential}(1)$,
 * $b_X, b_Z \sim N(0, 1)$. Pooling the intercepts makes $b_Z$
 * estimable, but the intercepts are assumed independent of $X$, which the
 * confound breaks, so $b_X$ is only partly deconfounded. {@code alpha} is
 * recorded as a deterministic.
 */
public final class MultilevelConfounded extends ConfoundedProvider {

    public MultilevelConfounded() { super(Estimator.MULTILEVEL); }

    @Override public String description() {
        return "Confounded groups, multilevel (non-centred): alpha_g = alpha_bar + tau z_g; logit p_i = alpha_g[i] + b_X X_i + b_Z Z_g[i].";
    }

    @Override public Model build(ModelData data) {
        ConfoundedData.Individuals d = ConfoundedData.read(data);
        return Model.build(name(), m -> {
            Declared v = declareData(m, d);
            Var alphaBar = m.param("alpha_bar", Normal.of(0, 1));
            Var tau = m.param("tau", Exponential.of(1));
            Var z = m.param("z", Normal.of(0, 1), v.group());
            Expr alpha = m.deterministic("alpha", alphaBar.add(tau.mul(z)));
            Var bX = m.param("b_X", Normal.of(0, 1));
            Var bZ = m.param("b_Z", Normal.of(0, 1));
            Expr logOdds = alpha.at(v.groupOf()).add(bX.mul(v.x())).add(bZ.mul(v.z().at(v.groupOf())));
            m.observe("y", Bernoulli.logit(logOdds), v.y());
        });
    }
}
