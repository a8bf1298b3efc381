package org.bayes4j.models.confounded;

import org.bayes4j.spi.dist.Bernoulli;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Var;

/**
 * Confounded groups 7e, the latent Mundlak estimator: a joint model of
 * $X$ and $Y$ with a latent group trait $G_g$ standing in for the
 * confound,
 * $$ X_i \sim N(a_X + b_{GX} G_{g[i]}, \sigma_X),\qquad
 *    \operatorname{logit} p_i = \alpha_{g[i]} + b_X X_i + b_Z Z_{g[i]} + b_{GY} G_{g[i]}, $$
 * $G_g \sim N(0, 1)$, $b_{GX} \sim \text{Exponential}(1)$ (positive, which
 * fixes the sign of $G$), $\sigma_X \sim \text{Exponential}(1)$,
 * $a_X, b_{GY} \sim N(0, 1)$, and intercepts, $b_X$, $b_Z$ as in 7c
 * ($\alpha_g = \bar\alpha + \tau z_g$). Unlike 7d it learns each group's
 * trait from its members' $X$ with the uncertainty of a small group. The
 * intercepts are non-centred here; {@link CenteredLatentMundlakConfounded}
 * is the centred form.
 */
public class LatentMundlakConfounded extends ConfoundedProvider {

    public LatentMundlakConfounded() { this(Estimator.LATENT_MUNDLAK); }

    LatentMundlakConfounded(Estimator form) { super(form); }

    @Override public String description() {
        return "Confounded groups, latent Mundlak: X_i ~ N(a_X + b_GX G_g, sigma_X) and logit p_i = alpha_g + b_X X_i + b_Z Z_g + b_GY G_g, G_g ~ N(0, 1).";
    }

    @Override public final Model build(ModelData data) {
        ConfoundedData.Individuals d = ConfoundedData.read(data);
        return Model.build(name(), m -> {
            Declared v = declareData(m, d);
            Expr alpha = pooledIntercepts(m, v);
            Var bX = m.param("b_X", Normal.of(0, 1));
            Var bZ = m.param("b_Z", Normal.of(0, 1));
            Var bGY = m.param("b_GY", Normal.of(0, 1));
            Var latent = m.param("G", Normal.of(0, 1), v.group());
            Var aX = m.param("a_X", Normal.of(0, 1));
            Var bGX = m.param("b_GX", Exponential.of(1));
            Var sigmaX = m.param("sigma_X", Exponential.of(1));
            m.observe("x", Normal.of(aX.add(bGX.mul(latent.at(v.groupOf()))), sigmaX), v.x());
            Expr groupPart = alpha.add(bZ.mul(v.z())).add(bGY.mul(latent));
            Expr logOdds = groupPart.at(v.groupOf()).add(bX.mul(v.x()));
            m.observe("y", Bernoulli.logit(logOdds), v.y());
        });
    }
}
