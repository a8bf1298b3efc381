package org.bayes4j.models.masked;

import java.util.List;

/** The sources of the varying-slopes model 4b, shared by its two forms. */
final class VaryingSlopesReferences {

    static final List<String> ALL = List.of(
            "Gelman, A. & Hill, J. (2007). Data Analysis Using Regression and Multilevel/Hierarchical Models, chapter 13 "
                    + "(varying intercepts and slopes). Cambridge University Press.",
            "Lewandowski, D., Kurowicka, D. & Joe, H. (2009). Generating random correlation matrices based on vines and extended onion method. "
                    + "Journal of Multivariate Analysis 100(9), 1989-2001.",
            "PyMC documentation, pymc.LKJCholeskyCov (the Cholesky factor with correlations and standard deviations reported).");

    private VaryingSlopesReferences() {}
}
