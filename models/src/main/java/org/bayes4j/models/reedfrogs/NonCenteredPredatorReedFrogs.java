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
 * Reed frogs 5c, non-centred: {@link PredatorReedFrogs} with
 * {@code alpha_j = alpha_bar + sigma z_j}, {@code z_j ~ N(0, 1)},
 * $$ \operatorname{logit} p_j = \bar\alpha + \sigma z_j + \beta_P P_j. $$
 * Once predators explain much of the variation, {@code sigma} is small and
 * the centred form's funnel is at its worst; this form removes it
 * (Papaspiliopoulos, Roberts &amp; Sköld 2007). {@code alpha} and
 * {@code p_survived} are recorded.
 */
public final class NonCenteredPredatorReedFrogs extends TankProvider {

    public NonCenteredPredatorReedFrogs() { super(TankModel.PREDATORS_NONCENTRED); }

    @Override public String description() {
        return "Reed frogs with predators (non-centred): logit p_j = alpha_bar + sigma * z_j + beta_P * pred_j, z_j ~ N(0, 1).";
    }

    @Override public Model build(ModelData data) {
        ReedFrogsData.Tanks tanks = tanks(data);
        return Model.build(name(), m -> {
            Dim tank = m.dim("tank", tanks.size());
            Data density = m.data("density", tanks.density(), tank);
            Data survived = m.data("surv", tanks.survivors(), tank);
            Data predators = m.data("pred", tanks.predators(), tank);
            Var alphaBar = m.param("alpha_bar", Normal.of(0, 1.5));
            Var sigma = m.param("sigma", Exponential.of(1));
            Var betaP = m.param("beta_P", Normal.of(0, 0.5));
            Var z = m.param("z", Normal.of(0, 1), tank);
            Expr alpha = m.deterministic("alpha", alphaBar.add(sigma.mul(z)));
            Expr logOdds = alpha.add(betaP.mul(predators));
            m.deterministic("p_survived", logOdds.invLogit());
            m.observe("survived", Binomial.logit(density, logOdds), survived);
        });
    }
}
