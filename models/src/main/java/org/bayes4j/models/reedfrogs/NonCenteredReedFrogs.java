package org.bayes4j.models.reedfrogs;

import org.bayes4j.spi.dist.Binomial;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Var;

/**
 * Reed frogs 5a, non-centred: the model of {@link ReedFrogs} written on
 * standardised tank effects,
 * $$ \alpha_j = \bar\alpha + \sigma z_j,\quad z_j \sim N(0, 1),\quad
 *    S_j \sim \text{Binomial}(D_j, \operatorname{logistic}(\alpha_j)), $$
 * with the same priors {@code alpha_bar ~ N(0, 1.5)},
 * {@code sigma ~ Exponential(1)}. The joint distribution of
 * {@code (alpha_bar, sigma, alpha, S)} is unchanged; the sampler moves on
 * {@code z}, which is a priori independent of {@code sigma}, so the funnel
 * between {@code sigma} and the effects becomes a deterministic map
 * (Papaspiliopoulos, Roberts &amp; Sköld 2007). {@code alpha} and
 * {@code p_survived} are recorded as deterministics.
 */
public final class NonCenteredReedFrogs extends TankProvider {

    public NonCenteredReedFrogs() { super(TankModel.MULTILEVEL_NONCENTRED); }

    @Override public String description() {
        return "Reed frogs (non-centred): alpha_j = alpha_bar + sigma * z_j with z_j ~ N(0, 1); "
                + "surv_j ~ Binomial(density_j, logistic(alpha_j)).";
    }

    @Override public Model build(ModelData data) {
        ReedFrogsData.Tanks tanks = tanks(data);
        return Model.build(name(), m -> {
            Dim tank = m.dim("tank", tanks.size());
            Data density = m.data("density", tanks.density(), tank);
            Data survived = m.data("surv", tanks.survivors(), tank);
            Var alphaBar = m.param("alpha_bar", Normal.of(0, 1.5));
            Var sigma = m.param("sigma", Exponential.of(1));
            Var z = m.param("z", Normal.of(0, 1), tank);
            Expr alpha = m.deterministic("alpha", alphaBar.add(sigma.mul(z)));
            m.deterministic("p_survived", alpha.invLogit());
            m.observe("survived", Binomial.logit(density, alpha), survived);
        });
    }
}
