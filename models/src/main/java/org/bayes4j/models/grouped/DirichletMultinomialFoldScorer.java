package org.bayes4j.models.grouped;

import java.util.Arrays;
import java.util.function.Function;

import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.Model;

/**
 * Scores held-out groups of the Dirichlet-multinomial model. Its group-level
 * probabilities are already integrated out in closed form, so a held-out
 * group's predictive density under a draw of {@code alpha} is the
 * Dirichlet-multinomial pmf itself: nothing is simulated. The model has no
 * group-level parameter, so in-sample and out-of-sample scores are the same
 * function of {@code alpha}.
 */
final class DirichletMultinomialFoldScorer extends GroupFoldScorer {

    DirichletMultinomialFoldScorer(GroupedCounts data, Function<GroupedCounts, Model> builder) {
        super(data, builder);
    }

    @Override Scorer scorer(Draws posterior, int[] heldOut, boolean[] training) {
        int k = data.numCategories();
        int alphaColumn = offset(posterior, DirichletMultinomialModel.ALPHA, k);
        HeldOutCounts counts = new HeldOutCounts(data, heldOut);
        return row -> {
            double[] alpha = Arrays.copyOfRange(row, alphaColumn, alphaColumn + k);
            double[] out = new double[counts.size()];
            for (int j = 0; j < out.length; j++) out[j] = CountLikelihoods.dirichletMultinomial(counts.y(j), alpha, counts.logCoefficient(j));
            return out;
        };
    }
}
