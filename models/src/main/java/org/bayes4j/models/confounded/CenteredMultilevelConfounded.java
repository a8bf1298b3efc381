package org.bayes4j.models.confounded;

import org.bayes4j.spi.dist.Bernoulli;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Var;

/**
 * Confounded groups 7c, centred form: $\alpha_g \sim N(\bar\alpha, \tau)$
 * directly, otherwise as {@link MultilevelConfounded},
 * $$ \operatorname{logit} p_i = \alpha_{g[i]} + b_X X_i + b_Z Z_{g[i]}. $$
 * With few individuals per group and binary outcomes the data say little
 * about each $\alpha_g$, the regime where the centred form's funnel
 * between $\tau$ and the intercepts slows the sampler.
 */
public final class CenteredMultilevelConfounded extends ConfoundedProvider {

    public CenteredMultilevelConfounded() { super(Estimator.MULTILEVEL_CENTRED); }

    @Override public String description() {
        return "Confounded groups, multilevel (centred): alpha_g ~ N(alpha_bar, tau); logit p_i = alpha_g[i] + b_X X_i + b_Z Z_g[i].";
    }

    @Override public Model build(ModelData data) {
        ConfoundedData.Individuals d = ConfoundedData.read(data);
        return Model.build(name(), m -> {
            Declared v = declareData(m, d);
            Var alphaBar = m.param("alpha_bar", Normal.of(0, 1));
            Var tau = m.param("tau", Exponential.of(1));
            Var alpha = m.param("alpha", Normal.of(alphaBar, tau), v.group());
            Var bX = m.param("b_X", Normal.of(0, 1));
            Var bZ = m.param("b_Z", Normal.of(0, 1));
            Expr logOdds = alpha.at(v.groupOf()).add(bX.mul(v.x())).add(bZ.mul(v.z().at(v.groupOf())));
            m.observe("y", Bernoulli.logit(logOdds), v.y());
        });
    }
}
