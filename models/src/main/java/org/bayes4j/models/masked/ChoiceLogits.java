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

    /**
     * {@code coefficients} whose axis {@code axis} runs over the {@code K - 1} non-reference choices, with
     * the reference's slice of zeros appended along that axis; {@code dims} name the result, with the
     * category dim at {@code axis}. Appended at the level of the coefficients, not of the linear
     * predictor: the reference logit is {@code 0 + 0 x = 0} for every design row {@code x}, and the
     * concatenation costs one slice per coefficient block instead of one entry per observation.
     */
    static Expr withReference(ModelBuilder m, Expr coefficients, int axis, Dim... dims) {
        Dim[] referenceDims = dims.clone();
        referenceDims[axis] = Dim.anonymous(1);
        int size = 1;
        for (Dim d : referenceDims) size *= d.size();
        Expr reference = m.constant(new double[size], referenceDims);
        return Expr.concat(axis, coefficients, reference).reshape(dims);
    }
}
