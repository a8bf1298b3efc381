package org.bayes4j.models.masked;

import java.util.ArrayList;
import java.util.List;

import org.bayes4j.models.masked.MaskedChoiceSimulator.Form;
import org.bayes4j.spi.model.Model;

/**
 * Catalogue model 4b, non-centred: {@code z ~ N(0, I)} and
 * {@code cluster_effects = mu + L z}, one batched matvec over the K-1
 * Cholesky factors. The sampler sees standard normals, so the geometry does
 * not pinch when a category's scales are small (Papaspiliopoulos, Roberts
 * &amp; Sköld 2007). See {@link VaryingSlopesModel}.
 */
public final class NonCenteredMaskedSlopes extends MaskedChoiceProvider {

    static final String NAME = "masked-multinomial-slopes-noncentered";

    public NonCenteredMaskedSlopes() { super(NAME, Form.NON_CENTERED); }

    @Override public String description() {
        return "Masked multinomial logit with varying intercepts and slopes per cluster and category (non-centred): "
                + "cluster_effects = mu + L z, z ~ N(0, I), L ~ LKJCholeskyCov(2, eta=4, Exponential(1)) batched over the K-1 categories; "
                + "reports cluster_effects, sds, corr.";
    }

    @Override List<String> extraReferences() {
        List<String> refs = new ArrayList<>(VaryingSlopesReferences.ALL);
        refs.add("Papaspiliopoulos, O., Roberts, G. O. & Skold, M. (2007). A general framework for the parametrization of "
                + "hierarchical models. Statistical Science 22(1), 59-73.");
        return refs;
    }

    @Override Model model(MaskedChoices data) { return VaryingSlopesModel.build(NAME, Form.NON_CENTERED, data); }
}
