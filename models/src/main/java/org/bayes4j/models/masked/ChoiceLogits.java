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
}
