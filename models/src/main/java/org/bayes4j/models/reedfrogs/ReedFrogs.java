package org.bayes4j.models.reedfrogs;

import org.bayes4j.spi.dist.Binomial;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Var;

/**
 * Reed frogs, multilevel binomial with varying intercepts per tank
 * (catalogue model 5a; McElreath, <i>Statistical Rethinking</i>, 2nd ed.,
 * §13.1, model m13.2):
 * $$ S_j \sim \text{Binomial}(D_j, \operatorname{logistic}(\alpha_j)),\quad
 *    \alpha_j \sim N(\bar\alpha, \sigma),\quad \bar\alpha \sim N(0, 1.5),\quad
 *    \sigma \sim \text{Exponential}(1), $$
 * with {@code D_j} the tadpoles put in tank {@code j} and {@code S_j} the
 * survivors. The likelihood is written on the log-odds scale
 * ({@code binomial_logit}), which never forms a probability that could round
 * to 0 or 1; the survival probabilities {@code p_survived = logistic(alpha)}
 * are recorded as a deterministic.
 *
 * <p>The tanks share strength through {@code alpha_bar} and {@code sigma}:
 * each tank's estimate is pulled towards the mean, more so for small tanks
 * whose data say less (the shrinkage plot of the textbook chapter).
 * {@link NonCenteredReedFrogs} is the same model on standardised effects.
 *
 * <p>Default data: 48 tanks simulated by this model's own simulator (see
 * {@link ReedFrogsSimulator}); the real data of Vonesh &amp; Bolker are read
 * from a CSV file with columns {@code density} and {@code surv}.
 */
public final class ReedFrogs extends TankProvider {

    public ReedFrogs() { super(TankModel.MULTILEVEL); }

    @Override public String description() {
        return "Reed frogs: multilevel binomial with varying log-odds of survival per tank; "
                + "surv_j ~ Binomial(density_j, logistic(alpha_j)), alpha_j ~ N(alpha_bar, sigma).";
    }

    @Override public Model build(ModelData data) {
        ReedFrogsData.Tanks tanks = tanks(data);
        return Model.build(name(), m -> {
            Dim tank = m.dim("tank", tanks.size());
            Data density = m.data("density", tanks.density(), tank);
            Data survived = m.data("surv", tanks.survivors(), tank);
            Var alphaBar = m.param("alpha_bar", Normal.of(0, 1.5));
            Var sigma = m.param("sigma", Exponential.of(1));
            Var alpha = m.param("alpha", Normal.of(alphaBar, sigma), tank);
            m.deterministic("p_survived", alpha.invLogit());
            m.observe("survived", Binomial.logit(density, alpha), survived);
        });
    }
}
