package org.bayes4j.models.grouped;

import java.util.List;

import org.bayes4j.models.grouped.LogisticNormalSimulator.Form;

/**
 * Catalogue model 2, non-centred: correlated random effects for aggregated
 * multinomial counts, {@code u_g = L z_g} with {@code z_g ~ N(0, I)}.
 * The group effects enter the likelihood through a standard normal the
 * sampler sees directly, so the posterior geometry does not pinch as the
 * scales shrink (Papaspiliopoulos, Roberts &amp; Sköld 2007); with about 30
 * trials per group and 100 groups this is the form that samples well.
 * See {@link LogisticNormalModel} for the mathematics.
 */
public final class NonCenteredGroupedMultinomial extends LogisticNormalProvider {

    static final String NAME = "grouped-multinomial-noncentered";

    public NonCenteredGroupedMultinomial() { super(NAME, Form.NON_CENTERED); }

    @Override public String description() {
        return "Correlated random effects, aggregated multinomial (non-centred): n_g ~ Multinomial(N_g, softmax([0, mu + L z_g])), "
                + "z_g ~ N(0, I), L ~ LKJCholeskyCov(1, HalfStudentT(3, 2)); reports corr, sds and group_effects.";
    }

    @Override public List<String> checkedParameters() { return List.of(LogisticNormalModel.L, LogisticNormalModel.MU, LogisticNormalModel.Z); }
}
