package org.bayes4j.models.confounded;

import org.bayes4j.spi.dist.Bernoulli;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Var;

/**
 * Confounded groups 7b, fixed effects: an unpooled intercept per group,
 * $$ \operatorname{logit} p_i = \alpha_{g[i]} + b_X X_i + b_Z Z_{g[i]},\quad
 *    \alpha_g \sim N(0, 10),\quad b_X, b_Z \sim N(0, 1). $$
 * The intercepts absorb every group-level cause, the confound $U_g$
 * included, so $b_X$ is estimated from variation within groups only. For
 * the same reason $b_Z$ is not identified: any $b_Z$ is matched by
 * shifting each $\alpha_g$ by $-b_Z Z_g$, and its posterior stays
 * close to its prior (it is kept in the model to show exactly that).
 */
public final class FixedEffectsConfounded extends ConfoundedProvider {

    public FixedEffectsConfounded() { super(Estimator.FIXED_EFFECTS); }

    @Override public String description() {
        return "Confounded groups, fixed effects: logit p_i = alpha_g[i] + b_X X_i + b_Z Z_g[i], alpha_g ~ N(0, 10) unpooled (b_Z not identified).";
    }

    @Override public Model build(ModelData data) {
        ConfoundedData.Individuals d = ConfoundedData.read(data);
        return Model.build(name(), m -> {
            Declared v = declareData(m, d);
            Var alpha = m.param("alpha", Normal.of(0, 10), v.group());
            Var bX = m.param("b_X", Normal.of(0, 1));
            Var bZ = m.param("b_Z", Normal.of(0, 1));
            Expr logOdds = alpha.at(v.groupOf()).add(bX.mul(v.x())).add(bZ.mul(v.z().at(v.groupOf())));
            m.observe("y", Bernoulli.logit(logOdds), v.y());
        });
    }
}
