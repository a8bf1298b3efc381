/**
 * Regression with several grouping factors (catalogue model 8): each row
 * belongs to a group and, crossed with it, a colour, and carries a feature
 * vector. This is the model where named dims read like the problem: the
 * slopes of 8a are {@code b[group, colour, feature]}, each row gathers its
 * cell with {@code b.at(groupIdx, colourIdx)}, and a summary names
 * {@code b[g1, red, x1]}.
 *
 * <p>Two designs of the mean. The <b>interaction</b> model (8a,
 * {@code factors-interaction-*}) gives every (group, colour) cell its own
 * intercept and slopes, partially pooled across cells; since only the cell
 * matters, it is the same model as one factor with $GC$ levels. The
 * <b>additive</b> model (8b, {@code factors-additive-*}) lets groups and
 * colours each shift the intercept and slopes, the same shift for every
 * partner level: $G + C - 1$ intercepts instead of $GC$. Its colour effects
 * sum to zero (ZeroSumNormal), which identifies them against the group
 * effects. Flattening the two factors into one turns 8b into a different
 * model, and which design the data support is a question PSIS-LOO answers.
 *
 * <p>Each comes centred (effects drawn around their population) and
 * non-centred (standardised offsets scaled and shifted). Every cell has its
 * own noise scale {@code s[group, colour]}. {@link org.bayes4j.models.factors.FactorData}
 * reads labels or 0-based indices and checks every value before sampling.
 */
package org.bayes4j.models.factors;
