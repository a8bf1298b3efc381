package org.bayes4j.models.confounded;

import org.bayes4j.spi.dist.Bernoulli;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Var;

/**
 * Confounded groups 7a, the naive estimator: one intercept for everyone,
 * $$ Y_i \sim \text{Bernoulli}(p_i),\quad \operatorname{logit} p_i = \alpha + b_X X_i + b_Z Z_{g[i]},\quad
 *    \alpha \sim N(0, 10),\quad b_X, b_Z \sim N(0, 1). $$
 * The confound $U_g$ raises both $X$ and $Y$, and the model has
 * nothing to absorb it, so $b_X$ takes up part of $U$'s effect and is
 * overstated.
 */
public final class NaiveConfounded extends ConfoundedProvider {

    public NaiveConfounded() { super(Estimator.NAIVE); }

    @Override public String description() {
        return "Confounded groups, naive: logit p_i = alpha + b_X X_i + b_Z Z_g[i], ignoring the groups (b_X confounded).";
    }

    @Override public Model build(ModelData data) {
        ConfoundedData.Individuals d = ConfoundedData.read(data);
        return Model.build(name(), m -> {
            Declared v = declareData(m, d);
            Var alpha = m.param("alpha", Normal.of(0, 10));
            Var bX = m.param("b_X", Normal.of(0, 1));
            Var bZ = m.param("b_Z", Normal.of(0, 1));
            Expr logOdds = alpha.add(bX.mul(v.x())).add(bZ.mul(v.z().at(v.groupOf())));
            m.observe("y", Bernoulli.logit(logOdds), v.y());
        });
    }
}
