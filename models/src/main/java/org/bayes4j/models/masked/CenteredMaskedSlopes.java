package org.bayes4j.models.masked;

import java.util.List;

import org.bayes4j.models.masked.MaskedChoiceSimulator.Form;
import org.bayes4j.spi.model.Model;

/**
 * Catalogue model 4b, centred: {@code cluster_effects ~ MvNormal(mu, L L^T)}
 * directly. The same posterior as {@link NonCenteredMaskedSlopes} in
 * coordinates whose curvature follows the scales, kept to compare the two
 * parameterisations. See {@link VaryingSlopesModel}.
 */
public final class CenteredMaskedSlopes extends MaskedChoiceProvider {

    static final String NAME = "masked-multinomial-slopes-centered";

    public CenteredMaskedSlopes() { super(NAME, Form.CENTERED); }

    @Override public String description() {
        return "Masked multinomial logit with varying intercepts and slopes per cluster and category (centred): "
                + "(a_cj, b_cj) ~ MvNormal(mu_j, L_j L_j^T), L ~ LKJCholeskyCov(2, eta=4, Exponential(1)) batched over the K-1 categories; "
                + "reports sds, corr.";
    }

    @Override List<String> extraReferences() { return VaryingSlopesReferences.ALL; }

    @Override Model model(MaskedChoices data) { return VaryingSlopesModel.build(NAME, Form.CENTERED, data); }
}
