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
    /** 7d: 7c plus the group mean of X, non-centred intercepts. */
    MUNDLAK("confounded-mundlak"),
    /** 7d with centred intercepts. */
    MUNDLAK_CENTRED("confounded-mundlak-centered"),
    /** 7e: 7c plus a latent group trait that also drives X, non-centred intercepts. */
    LATENT_MUNDLAK("confounded-latent-mundlak"),
    /** 7e with centred intercepts. */
    LATENT_MUNDLAK_CENTRED("confounded-latent-mundlak-centered");

    final String modelName;

    Estimator(String modelName) { this.modelName = modelName; }

    boolean pooled() { return this != NAIVE && this != FIXED_EFFECTS; }

    boolean nonCentred() { return this == MULTILEVEL || this == MUNDLAK || this == LATENT_MUNDLAK; }

    /** 7d in either form: the observed group mean of X as a group-level predictor. */
    boolean mundlak() { return this == MUNDLAK || this == MUNDLAK_CENTRED; }

    /** 7e in either form: a latent group trait drives X and Y. */
    boolean latent() { return this == LATENT_MUNDLAK || this == LATENT_MUNDLAK_CENTRED; }

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
        if (mundlak()) names.add("b_Xbar");
        if (latent()) names.addAll(List.of("b_GY", "G", "a_X", "b_GX", "sigma_X"));
        return names;
    }

    /** What SBC and recovery check: the effects of interest first, then the rest. */
    List<String> checkedParameters() {
        List<String> names = new ArrayList<>(List.of("b_X", "b_Z"));
        for (String v : freeVariables()) if (!names.contains(v)) names.add(v);
        return names;
    }
}
