package org.bayes4j.models.confounded;

import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.dist.Bernoulli;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Var;

/**
 * Confounded groups 7d, the Mundlak estimator: the multilevel model with
 * the group mean of the covariate as a group-level predictor,
 * $$ \operatorname{logit} p_i = \alpha_{g[i]} + b_X X_i + b_Z Z_{g[i]} + b_{\bar X} \bar X_{g[i]},\quad
 *    \alpha_g = \bar\alpha + \tau z_g, $$
 * priors as in 7c and $b_{\bar X} \sim N(0, 1)$; $\bar X_g$ is computed
 * from the data. Conditioning on $\bar X_g$ lets the intercepts be
 * correlated with $X$ (Mundlak 1978), so $b_X$ is deconfounded like the
 * fixed-effects estimate while $b_Z$ stays estimable. It treats
 * $\bar X_g$ as known, ignoring that it is a noisy estimate of the
 * group's confound for small groups. The intercepts are non-centred here;
 * {@link CenteredMundlakConfounded} is the centred form.
 */
public class MundlakConfounded extends ConfoundedProvider {

    public MundlakConfounded() { this(Estimator.MUNDLAK); }

    MundlakConfounded(Estimator form) { super(form); }

    @Override public String description() {
        return "Confounded groups, Mundlak: multilevel (non-centred) plus b_Xbar * Xbar_g, the group mean of X.";
    }

    @Override public final Model build(ModelData data) {
        ConfoundedData.Individuals d = ConfoundedData.read(data);
        return Model.build(name(), m -> {
            Declared v = declareData(m, d);
            Data xbar = m.data("Xbar", d.xbar(), v.group());
            Expr alpha = pooledIntercepts(m, v);
            Var bX = m.param("b_X", Normal.of(0, 1));
            Var bZ = m.param("b_Z", Normal.of(0, 1));
            Var bXbar = m.param("b_Xbar", Normal.of(0, 1));
            Expr groupPart = alpha.add(bZ.mul(v.z())).add(bXbar.mul(xbar));
            Expr logOdds = groupPart.at(v.groupOf()).add(bX.mul(v.x()));
            m.observe("y", Bernoulli.logit(logOdds), v.y());
        });
    }
}
