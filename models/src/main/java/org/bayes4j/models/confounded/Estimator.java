package org.bayes4j.models.confounded;

import java.util.ArrayList;
import java.util.List;

/**
 * The five estimators of catalogue model 7 (and the centred form of the
 * multilevel one): how the outcome's log-odds treat the groups. The
 * simulator and the providers read each model's parameters from here.
 */
enum Estimator {
    /** 7a: one intercept. */
    NAIVE("confounded-naive"),
    /** 7b: an unpooled intercept per group. */
    FIXED_EFFECTS("confounded-fixed-effects"),
    /** 7c: partially pooled intercepts, non-centred. */
    MULTILEVEL("confounded-multilevel"),
    /** 7c: partially pooled intercepts, centred. */
    MULTILEVEL_CENTRED("confounded-multilevel-centered"),
    /** 7d: 7c plus the group mean of X. */
    MUNDLAK("confounded-mundlak"),
    /** 7e: 7c plus a latent group trait that also drives X. */
    LATENT_MUNDLAK("confounded-latent-mundlak");

    final String modelName;

    Estimator(String modelName) { this.modelName = modelName; }

    boolean pooled() { return this == MULTILEVEL || this == MULTILEVEL_CENTRED || this == MUNDLAK || this == LATENT_MUNDLAK; }

    boolean nonCentred() { return pooled() && this != MULTILEVEL_CENTRED; }

    /** The free variables in declaration order. */
    List<String> freeVariables() {
        List<String> names = new ArrayList<>();
        switch (this) {
            case NAIVE, FIXED_EFFECTS -> names.add("alpha");
            default -> {
                names.add("alpha_bar");
                names.add("tau");
                names.add(nonCentred() ? "z" : "alpha");
            }
        }
        names.add("b_X");
        names.add("b_Z");
        if (this == MUNDLAK) names.add("b_Xbar");
        if (this == LATENT_MUNDLAK) names.addAll(List.of("b_GY", "G", "a_X", "b_GX", "sigma_X"));
        return names;
    }

    /** What SBC and recovery check: the effects of interest first, then the rest. */
    List<String> checkedParameters() {
        List<String> names = new ArrayList<>(List.of("b_X", "b_Z"));
        for (String v : freeVariables()) if (!names.contains(v)) names.add(v);
        return names;
    }
}
