package org.bayes4j.models.masked;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.dist.Multinomial;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * The likelihood of model 4a is the masked softmax, computed here by hand
 * for every row:
 * $$ \log p(n_i) = \log N_i! - \sum_k \log n_{ik}! + \sum_{k: a_{ik} = 1} n_{ik}\,\eta_{ik}
 *    - N_i \log \sum_{k: a_{ik} = 1} e^{\eta_{ik}}. $$
 * It differs from the unmasked softmax exactly in the rows with an
 * unavailable category, and the hand check rejects a model that forgets the
 * mask (the check can fail).
 */
class MaskedLikelihoodTest {

    private static final double TOLERANCE = 1e-10;

    @Test
    void pointwiseLogLikelihoodIsTheMaskedSoftmaxByHand() {
        for (long seed = 1; seed <= 5; seed++) {
            Fixture f = Fixture.of(seed);
            double[] ll = f.pointwise(f.provider.build(f.sim.data()).compile());
            double[] hand = f.byHand(true);
            for (int i = 0; i < ll.length; i++) {
                assertEquals(hand[i], ll[i], TOLERANCE * (1 + Math.abs(hand[i])), "seed " + seed + " row " + i);
            }
        }
    }

    @Test
    void maskedDiffersFromUnmaskedExactlyWhereACategoryIsUnavailable() {
        Fixture f = Fixture.of(11);
        double[] masked = f.byHand(true);
        double[] unmasked = f.byHand(false);
        int rowsWithMask = 0;
        for (int i = 0; i < masked.length; i++) {
            boolean hasUnavailable = false;
            for (int k = 0; k < f.k; k++) hasUnavailable |= f.available[i * f.k + k] == 0;
            if (!hasUnavailable) {
                assertEquals(unmasked[i], masked[i], TOLERANCE * (1 + Math.abs(masked[i])), "row " + i + " has every category available");
            } else {
                rowsWithMask++;
                // renormalising over fewer categories raises the probability of what was chosen
                assertTrue(masked[i] > unmasked[i], "row " + i + ": masked " + masked[i] + " vs unmasked " + unmasked[i]);
            }
        }
        assertTrue(rowsWithMask > masked.length / 2, "most rows have an unavailable category: " + rowsWithMask);
    }

    @Test
    void theHandCheckRejectsAModelThatIgnoresTheMask() {
        Fixture f = Fixture.of(3);
        double[] forgetful = f.pointwise(unmaskedModel(f).compile());
        double[] hand = f.byHand(true);
        assertThrows(AssertionError.class, () -> {
            for (int i = 0; i < hand.length; i++) assertEquals(hand[i], forgetful[i], TOLERANCE * (1 + Math.abs(hand[i])), "row " + i);
        });
    }

    /** Model 4a with {@code Multinomial.logit} in place of the masked family: the bug the hand check must catch. */
    private static Model unmaskedModel(Fixture f) {
        MaskedChoices d = MaskedChoices.read(f.sim.data(), true, false);
        return Model.build("unmasked", m -> {
            Dim observation = m.dim("observation", d.rows());
            Dim category = m.dim("category", d.categoryLabels());
            Dim choice = m.dim("choice", d.choiceLabels());
            Data counts = m.data("counts", d.counts(), observation, category);
            Data trials = m.data("trials", d.trials(), observation);
            Data x = m.data("x", d.x(), observation);
            Var alpha = m.param("alpha", Normal.of(0, 1.5), choice);
            Var beta = m.param("beta", Normal.of(0, 1), choice);
            Expr eta = ChoiceLogits.withReference(m, alpha, 0, category)
                    .add(x.reshape(observation, Dim.anonymous(1)).mul(ChoiceLogits.withReference(m, beta, 0, category)));
            m.observe("n", Multinomial.logit(trials, eta), counts);
        });
    }

    /** A simulated 4a data set (60 rows, 5 categories) with its true alpha and beta. */
    private static final class Fixture {
        final ModelProvider provider = Providers.named(MaskedMultinomial.NAME);
        final Simulation sim;
        final int k;
        final int[] counts, available;
        final double[] x, alpha, beta;

        private Fixture(long seed) {
            sim = provider.simulate(RandomSource.SPLIT_MIX_64.create(seed), Map.of("observations", 60, "categories", 5), Map.of());
            MaskedChoices d = MaskedChoices.read(sim.data(), true, false);
            k = d.numCategories();
            counts = d.counts();
            available = d.available();
            x = d.x();
            alpha = sim.truth().get("alpha");
            beta = sim.truth().get("beta");
        }

        static Fixture of(long seed) { return new Fixture(seed); }

        double[] pointwise(CompiledModel compiled) {
            double[] out = new double[compiled.pointwiseSize()];
            assertEquals(x.length, out.length, "one term per observation");
            compiled.pointwiseLogLikelihood(compiled.unconstrain(Map.of("alpha", alpha, "beta", beta)), out);
            return out;
        }

        /** The multinomial log pmf of each row, over the available categories ({@code masked}) or all of them. */
        double[] byHand(boolean masked) {
            double[] out = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                double[] eta = new double[k];
                for (int j = 0; j < k - 1; j++) eta[j] = alpha[j] + beta[j] * x[i];
                double normaliser = 0;
                int trials = 0;
                double lp = 0;
                for (int c = 0; c < k; c++) {
                    int n = counts[i * k + c];
                    trials += n;
                    lp += n * eta[c] - LogGamma.value(n + 1);
                    if (!masked || available[i * k + c] == 1) normaliser += Math.exp(eta[c]);
                }
                out[i] = lp + LogGamma.value(trials + 1) - trials * Math.log(normaliser);
            }
            return out;
        }
    }
}
