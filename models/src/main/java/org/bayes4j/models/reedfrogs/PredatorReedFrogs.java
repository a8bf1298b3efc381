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
 * Reed frogs 5c, with predators (McElreath 2020, §13.1 and exercise 13M1):
 * $$ S_j \sim \text{Binomial}(D_j, p_j),\quad
 *    \operatorname{logit} p_j = \alpha_j + \beta_P P_j,\quad
 *    \alpha_j \sim N(\bar\alpha, \sigma),\quad \beta_P \sim N(0, 0.5), $$
 * with {@code alpha_bar ~ N(0, 1.5)}, {@code sigma ~ Exponential(1)} and
 * {@code P_j = 1} where predators were present. Part of the variation
 * between tanks that 5a assigns to {@code sigma} is explained by the
 * predators, so {@code sigma} shrinks. {@code p_survived} is recorded.
 */
public final class PredatorReedFrogs extends TankProvider {

    public PredatorReedFrogs() { super(TankModel.PREDATORS); }

    @Override public String description() {
        return "Reed frogs with predators: logit p_j = alpha_j + beta_P * pred_j, alpha_j ~ N(alpha_bar, sigma), beta_P ~ N(0, 0.5).";
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
            Var alpha = m.param("alpha", Normal.of(alphaBar, sigma), tank);
            Expr logOdds = alpha.add(betaP.mul(predators));
            m.deterministic("p_survived", logOdds.invLogit());
            m.observe("survived", Binomial.logit(density, logOdds), survived);
        });
    }
}
