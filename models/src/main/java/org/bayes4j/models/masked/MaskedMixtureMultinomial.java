package org.bayes4j.models.masked;

import java.util.List;

import org.bayes4j.models.masked.MaskedChoiceSimulator.Form;
import org.bayes4j.spi.dist.Dirichlet;
import org.bayes4j.spi.dist.Mixture;
import org.bayes4j.spi.dist.Multinomial;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelBuilder;
import org.bayes4j.spi.model.Var;

/**
 * Catalogue model 4c, availability unknown: the masks were not recorded,
 * so each observation's choice set is a latent variable with three values,
 * summed out of the likelihood (a finite mixture, as zero inflation is; Lambert 1992):
 * $$ p(n_i) = w_0\, M(n_i \mid N_i, \eta_i, a^{(3)}) + w_1\, M(n_i \mid N_i, \eta_i, a^{(4)})
 *    + w_2\, M(n_i \mid N_i, \eta_i, \mathbf 1), $$
 * where {@code M(. | N, eta, a)} is the masked multinomial logit of 4a,
 * {@code a^(3)} hides category 3 (0-based, {@code c3}) and {@code a^(4)}
 * hides {@code c4}, and {@code w = (pi, phi, 1 - pi - phi) ~ Dirichlet(1, 1, 1)}.
 * The logits are those of 4a, {@code eta_i = (alpha + beta x_i, 0)}. The
 * {@code Mixture} combinator adds the components in log space
 * ({@code log sum_j exp(log w_j + log M_j)}), so a row with a positive count
 * in {@code c3} simply gets probability 0 from the first component, never NaN.
 *
 * <p>Identification comes from the zeros: a row with no {@code c3} choice is
 * more likely under the first component the more attractive {@code c3} is,
 * so {@code w} is learnt jointly with {@code alpha}; with few trials per
 * row the weights are weakly identified.
 */
public final class MaskedMixtureMultinomial extends MaskedChoiceProvider {

    static final String NAME = "masked-multinomial-mixture";
    static final List<String> COMPONENTS = List.of("hide_c3", "hide_c4", "full");

    public MaskedMixtureMultinomial() { super(NAME, Form.MIXTURE); }

    @Override public String description() {
        return "Multinomial logit with unrecorded availability: n_i is a mixture (weights w ~ Dirichlet(1,1,1)) of the multinomial "
                + "with category c3 hidden, with c4 hidden, or with all categories; eta_i = [alpha + beta x_i, 0]; marginalised in log space.";
    }

    @Override List<String> extraReferences() {
        return List.of("Lambert, D. (1992). Zero-inflated Poisson regression, with an application to defects in manufacturing. "
                + "Technometrics 34(1), 1-14 (structural zeros as a latent mixture component).");
    }

    @Override
    Model model(MaskedChoices d) {
        int k = d.numCategories();
        if (k < MaskedChoiceSimulator.HIDDEN[1] + 2) {
            throw new IllegalArgumentException(NAME + ": variable 'counts' has " + k + " columns, but this model hides categories c3 and c4 "
                    + "besides the reference, so it needs at least " + (MaskedChoiceSimulator.HIDDEN[1] + 2) + " categories");
        }
        return Model.build(NAME, m -> {
            Dim observation = m.dim("observation", d.rows());
            Dim category = m.dim("category", d.categoryLabels());
            Dim choice = m.dim("choice", d.choiceLabels());
            Dim component = m.dim("component", COMPONENTS);
            Data counts = m.data(MaskedChoices.COUNTS, d.counts(), observation, category);
            Data trials = m.data(MaskedChoices.TRIALS, d.trials(), observation);
            Data x = m.data(MaskedChoices.X, d.x(), observation);
            Var alpha = m.param("alpha", Normal.of(0, MaskedChoiceSimulator.ALPHA_SD), choice);
            Var beta = m.param("beta", Normal.of(0, MaskedChoiceSimulator.BETA_SD), choice);
            Var w = m.param("w", Dirichlet.of(new double[] {1, 1, 1}), component);
            // eta_ik = alpha_k + beta_k x_i, with alpha and beta given the reference's 0 first
            Expr eta = ChoiceLogits.withReference(m, alpha, 0, category)
                    .add(x.reshape(observation, Dim.anonymous(1)).mul(ChoiceLogits.withReference(m, beta, 0, category)));
            m.observe("n", Mixture.of(w,
                    Multinomial.logitMasked(trials, eta, hiding(m, MaskedChoiceSimulator.HIDDEN[0], category)),
                    Multinomial.logitMasked(trials, eta, hiding(m, MaskedChoiceSimulator.HIDDEN[1], category)),
                    Multinomial.logitMasked(trials, eta, hiding(m, -1, category))), counts);
        });
    }

    /** The availability vector with only {@code hidden} unavailable (none when {@code hidden < 0}). */
    private static Expr hiding(ModelBuilder m, int hidden, Dim category) {
        double[] mask = new double[category.size()];
        java.util.Arrays.fill(mask, 1);
        if (hidden >= 0) mask[hidden] = 0;
        return m.constant(mask, category);
    }
}
