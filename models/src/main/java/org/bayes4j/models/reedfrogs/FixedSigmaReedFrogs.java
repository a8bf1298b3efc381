package org.bayes4j.models.reedfrogs;

import org.bayes4j.spi.dist.Binomial;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Var;

/**
 * Reed frogs 5b, the spread of the tank effects fixed rather than learned:
 * $$ S_j \sim \text{Binomial}(D_j, \operatorname{logistic}(\alpha_j)),\quad
 *    \alpha_j \sim N(\bar\alpha, \sigma),\quad \bar\alpha \sim N(0, 1.5), $$
 * with {@code sigma} a constant read from the data (default 1). Small
 * {@code sigma} pools the tanks towards one survival rate, large
 * {@code sigma} leaves each tank on its own; fitting a grid of values and
 * scoring each by PSIS-LOO shows the out-of-sample optimum lying where 5a's
 * posterior of {@code sigma} puts its mass, the sense in which estimating
 * {@code sigma} learns the amount of pooling from the data (McElreath 2020,
 * §13.1-13.2).
 */
public final class FixedSigmaReedFrogs extends TankProvider {

    public FixedSigmaReedFrogs() { super(TankModel.FIXED_SIGMA); }

    @Override public String description() {
        return "Reed frogs with a fixed spread: alpha_j ~ N(alpha_bar, sigma) with sigma a constant from the data (default 1); "
                + "surv_j ~ Binomial(density_j, logistic(alpha_j)).";
    }

    @Override public Model build(ModelData data) {
        ReedFrogsData.Tanks tanks = tanks(data);
        return Model.build(name(), m -> {
            Dim tank = m.dim("tank", tanks.size());
            Data density = m.data("density", tanks.density(), tank);
            Data survived = m.data("surv", tanks.survivors(), tank);
            Var alphaBar = m.param("alpha_bar", Normal.of(0, 1.5));
            Var alpha = m.param("alpha", Normal.of(alphaBar, tanks.sigma()), tank);
            m.deterministic("p_survived", alpha.invLogit());
            m.observe("survived", Binomial.logit(density, alpha), survived);
        });
    }
}
