package org.bayes4j.models.masked;

import org.bayes4j.models.masked.MaskedChoiceSimulator.Form;
import org.bayes4j.spi.dist.Multinomial;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;

/**
 * Catalogue model 4a, the masked softmax: observation {@code i} chooses
 * among its available categories only,
 * $$ \alpha_j \sim N(0, 1.5),\quad \beta_j \sim N(0, 1),\quad
 *    \eta_i = (\alpha + \beta x_i,\ 0),\quad
 *    p_{ik} = \frac{a_{ik} e^{\eta_{ik}}}{\sum_m a_{im} e^{\eta_{im}}},\quad
 *    n_i \sim \mathrm{Multinomial}(N_i, p_i), $$
 * i.e. the logits of unavailable categories are minus infinity. Their zero
 * counts are structural: they carry no information about {@code alpha} or
 * {@code beta}, whereas the unmasked softmax would read them as evidence
 * that the category is unpopular. The availability enters the likelihood
 * family {@code multinomial_logit_masked} as data, so no logit is ever set
 * to an infinite value in the graph.
 *
 * <p>Dims: {@code observation}, {@code category} ({@code c0 .. c5, other})
 * and {@code choice} (the non-reference categories).
 */
public final class MaskedMultinomial extends MaskedChoiceProvider {

    static final String NAME = "masked-multinomial";

    public MaskedMultinomial() { super(NAME, Form.MASKED); }

    @Override public String description() {
        return "Multinomial logit with categories unavailable by design (masked softmax): alpha ~ N(0,1.5)[K-1], beta ~ N(0,1)[K-1], "
                + "eta_i = [alpha + beta x_i, 0], n_i ~ Multinomial(N_i, softmax of eta_i over the available categories).";
    }

    @Override
    Model model(MaskedChoices d) {
        return Model.build(NAME, m -> {
            Dim observation = m.dim("observation", d.rows());
            Dim category = m.dim("category", d.categoryLabels());
            Dim choice = m.dim("choice", d.choiceLabels());
            Data counts = m.data(MaskedChoices.COUNTS, d.counts(), observation, category);
            Data available = m.data(MaskedChoices.AVAILABLE, d.available(), observation, category);
            Data trials = m.data(MaskedChoices.TRIALS, d.trials(), observation);
            Data x = m.data(MaskedChoices.X, d.x(), observation);
            Var alpha = m.param("alpha", Normal.of(0, MaskedChoiceSimulator.ALPHA_SD), choice);
            Var beta = m.param("beta", Normal.of(0, MaskedChoiceSimulator.BETA_SD), choice);
            // eta_ik = alpha_k + beta_k x_i, with alpha and beta given the reference's 0 first
            Expr eta = ChoiceLogits.withReference(m, alpha, 0, category)
                    .add(x.reshape(observation, Dim.anonymous(1)).mul(ChoiceLogits.withReference(m, beta, 0, category)));
            m.observe("n", Multinomial.logitMasked(trials, eta, available), counts);
        });
    }
}
