package org.bayes4j.models.grouped;

import java.util.List;

import org.bayes4j.models.grouped.LogisticNormalSimulator.Form;

/**
 * Catalogue model 2, centred: {@code group_effects_g ~ MvNormal(0, L L^T)}
 * directly (the multivariate normal given its Cholesky factor). The same
 * posterior as {@link NonCenteredGroupedMultinomial}, in coordinates whose
 * curvature changes with the scales (Neal's funnel in several dimensions);
 * kept to compare the two parameterisations. See {@link LogisticNormalModel}.
 */
public final class CenteredGroupedMultinomial extends LogisticNormalProvider {

    static final String NAME = "grouped-multinomial-centered";

    public CenteredGroupedMultinomial() { super(NAME, Form.CENTERED); }

    @Override public String description() {
        return "Correlated random effects, aggregated multinomial (centred): n_g ~ Multinomial(N_g, softmax([0, mu + u_g])), "
                + "u_g ~ MvNormal(0, L L^T), L ~ LKJCholeskyCov(1, HalfStudentT(3, 2)); reports corr, sds and group_effects.";
    }

    @Override public List<String> checkedParameters() {
        return List.of(LogisticNormalModel.L, LogisticNormalModel.MU, LogisticNormalModel.GROUP_EFFECTS);
    }
}
