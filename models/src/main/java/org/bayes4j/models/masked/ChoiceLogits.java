package org.bayes4j.models.masked;

import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.ModelBuilder;

/**
 * The logits of all {@code K} categories from those of the {@code K - 1}
 * non-reference ones: the reference ("other", the last category) has logit
 * 0, so {@code eta_i = [eta_i,0 .. eta_i,K-2, 0]}. Softmax is unchanged by a
 * common shift of the logits, so pinning one makes the others log-odds
 * against the reference (Agresti 2013, §8.1).
 */
final class ChoiceLogits {

    private ChoiceLogits() {}

    /** {@code concat(linear, 0)} along the category axis, with dims {@code (observation, category)}. */
    static Expr withReference(ModelBuilder m, Expr linear, Dim observation, Dim category) {
        Expr reference = m.constant(new double[observation.size()], observation, Dim.anonymous(1));
        return Expr.concat(-1, linear, reference).reshape(observation, category);
    }

    /**
     * The same at the level of coefficients: {@code coefficients} of dims {@code (group, choice, coef)}
     * get the reference row {@code (0, ..., 0)} appended along {@code choice}, giving dims
     * {@code (group, category, coef)}. A linear predictor {@code E_g z} of any design row {@code z}
     * then has the reference logit 0 by construction, and the concatenation costs one row per group
     * instead of one entry per observation.
     */
    static Expr withReferenceRow(ModelBuilder m, Expr coefficients, Dim group, Dim category, Dim coef) {
        Expr reference = m.constant(new double[group.size() * coef.size()], group, Dim.anonymous(1), coef);
        return Expr.concat(1, coefficients, reference).reshape(group, category, coef);
    }
}
