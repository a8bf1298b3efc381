package org.bayes4j.models.reedfrogs;

import java.util.ArrayList;
import java.util.List;

/**
 * Which of the reed-frog models (catalogue model 5) a provider is: the
 * tank effects centred ({@code alpha_j ~ N(alpha_bar, sigma)}) or non-centred
 * ({@code alpha_j = alpha_bar + sigma z_j}), their spread estimated or fixed,
 * and the predator term {@code beta_P P_j} present or not. The simulator and
 * the cross-validation scorer read the model's structure from here.
 */
enum TankModel {
    /** 5a, centred. */
    MULTILEVEL("reedfrogs", false, false, false),
    /** 5a, non-centred. */
    MULTILEVEL_NONCENTRED("reedfrogs-noncentered", true, false, false),
    /** 5b: sigma a constant from the data. */
    FIXED_SIGMA("reedfrogs-fixed-sigma", false, true, false),
    /** 5c, centred. */
    PREDATORS("reedfrogs-predators", false, false, true),
    /** 5c, non-centred. */
    PREDATORS_NONCENTRED("reedfrogs-predators-noncentered", true, false, true);

    final String modelName;
    final boolean nonCentred;
    final boolean fixedSigma;
    final boolean predators;

    TankModel(String modelName, boolean nonCentred, boolean fixedSigma, boolean predators) {
        this.modelName = modelName;
        this.nonCentred = nonCentred;
        this.fixedSigma = fixedSigma;
        this.predators = predators;
    }

    /** The free variables in declaration order. */
    List<String> freeVariables() {
        List<String> names = new ArrayList<>(List.of("alpha_bar"));
        if (!fixedSigma) names.add("sigma");
        if (predators) names.add("beta_P");
        names.add(nonCentred ? "z" : "alpha");
        return names;
    }
}
