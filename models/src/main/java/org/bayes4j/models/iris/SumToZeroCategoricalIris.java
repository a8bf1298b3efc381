package org.bayes4j.models.iris;

import org.bayes4j.spi.dist.Categorical;
import org.bayes4j.spi.dist.ZeroSumNormal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;

/**
 * Categorical regression of the iris species with sum-to-zero coefficients
 * (catalogue model 1b):
 * $$ \alpha \sim \text{ZeroSumNormal}(5),\quad \beta_{j\cdot} \sim \text{ZeroSumNormal}(5),\qquad
 *    \eta_i = \tilde x_i^\top\beta + \alpha,\qquad y_i \sim \text{Categorical}(\operatorname{softmax}(\eta_i)), $$
 * with $\alpha$ of shape (species) and $\beta$ of shape (feature, species),
 * each summing to zero over species only ({@code n_zerosum_axes = 1}, which
 * counts from the last axis, and species is last); $\tilde x_i$ are the
 * centred measurements. Instead of pinning one species' logit to 0 (model 1a)
 * the logits are identified by $\sum_k \eta_{ik} = 0$: every species is treated
 * alike, and $\alpha_k$, $\beta_{jk}$ are deviations of species $k$ from the
 * average over species. Each entry's prior has sd $5\sqrt{(K-1)/K}$.
 * The two models give the same species probabilities for every flower up to
 * the difference of their priors; the pivot model's coefficients are the
 * differences $\beta_{jk} - \beta_{j0}$ of these.
 *
 * <p>The ZeroSumNormal bijector maps $\mathbb{R}^{K-1}$ isometrically onto the
 * zero-sum subspace, so the sampler sees an isotropic prior (unconstrained
 * dimension $2 + 4 \times 2 = 10$, as in the pivot model).
 *
 * <p>Deterministic {@code p_at_mean}: the species probabilities of a flower of
 * average measurements, $\operatorname{softmax}(\alpha)$.
 */
public final class SumToZeroCategoricalIris extends IrisRegression {

    static final String NAME = "iris-sumzero";

    public SumToZeroCategoricalIris() { super(IrisSimulator.Form.SUM_TO_ZERO); }

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "Iris species by categorical regression on 4 centred measurements with sum-to-zero coefficients: "
                + "alpha ~ ZeroSumNormal(5)[3], beta ~ ZeroSumNormal(5)[4,3] over species, y ~ Categorical(logit = x.beta + alpha).";
    }

    @Override
    Model model(Flowers flowers) {
        return Model.build(NAME, m -> {
            Dim[] d = dims(m, flowers);
            Dim flower = d[0], feature = d[1], species = d[2];
            Data x = m.data("x", flowers.x(), flower, feature);
            Data y = m.data("species_index", flowers.species(), flower);
            Var alpha = m.param("alpha", ZeroSumNormal.of(5), species);
            Var beta = m.param("beta", ZeroSumNormal.of(5, 1), feature, species);
            Expr eta = x.matmul(beta).add(alpha);
            m.deterministic("p_at_mean", alpha.softmax());
            m.observe("y", Categorical.logit(eta), y);
        });
    }
}
