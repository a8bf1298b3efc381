package org.bayes4j.models.grouped;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.bayes4j.models.support.LogMeanExp;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.Model;

/**
 * Scores held-out groups of the correlated-random-effects multinomial. A
 * held-out group's effect {@code u} was never fitted, so its predictive
 * density integrates it out under its population distribution:
 * $$ p(n_g \mid \mu, L) = \int \mathrm{Multinomial}(n_g \mid N_g, \operatorname{softmax}([0, \mu + u]))
 *    \, N(u \mid 0, LL^\top)\, du
 *    \approx \frac1R \sum_{r=1}^R \mathrm{Multinomial}(n_g \mid N_g, \operatorname{softmax}([0, \mu + L\varepsilon_r])), $$
 * with {@code eps_r ~ N(0, I)} drawn afresh for every posterior draw and
 * averaged on the probability scale ({@link LogMeanExp}), as
 * {@code KFoldProvider.marginaliseSimulations} defines.
 *
 * <p>{@value #SIMULATIONS_PER_DRAW} simulations per draw. With {@code c} the
 * coefficient of variation of one simulated likelihood, a draw's average has
 * relative error {@code c / sqrt(R)} and the driver's final average over S
 * draws {@code c / sqrt(S R)}, so the log-scale (Jensen) bias of
 * {@code elpd_i} is about {@code c^2 / (2 S R)}. Measured at the default
 * covariance ({@code HeldOutPredictiveTest}): {@code c ~ 1} for typical groups
 * of 30 trials (R = 100 gives 10% per draw), {@code c ~ 10} for a group whose
 * counts need an effect 4 sd out; with R = 100 and S = 1000 draws even that
 * group's bias is 5e-4, far below the posterior's own uncertainty, while the
 * cost stays at a few microseconds per draw and group. Each (draw,
 * simulation, group) gets its own {@code eps}; the stream is seeded by the
 * held-out rows, so a fold's scores are reproducible.
 *
 * <p>A scored group that was among the training groups of the fit (the
 * driver's full-data fit, for {@code p_kfold}) is scored in sample, with its
 * fitted {@code group_effects} from the draws.
 */
final class LogisticNormalFoldScorer extends GroupFoldScorer {

    static final int SIMULATIONS_PER_DRAW = 100;
    private static final long SEED = 0x6B666F6C64L;

    private final int simulations;

    LogisticNormalFoldScorer(GroupedCounts data, Function<GroupedCounts, Model> builder) {
        this(data, builder, SIMULATIONS_PER_DRAW);
    }

    LogisticNormalFoldScorer(GroupedCounts data, Function<GroupedCounts, Model> builder, int simulations) {
        super(data, builder);
        this.simulations = simulations;
    }

    @Override Scorer scorer(Draws posterior, int[] heldOut, boolean[] training) {
        int d = data.numCategories() - 1;
        int lColumn = offset(posterior, LogisticNormalModel.L, d * d);
        int muColumn = offset(posterior, LogisticNormalModel.MU, d);
        int[] fittedRow = fittedRows(heldOut, training);
        int[] newPositions = IntStream.range(0, heldOut.length).filter(j -> fittedRow[j] < 0).toArray();
        int[] fittedPositions = IntStream.range(0, heldOut.length).filter(j -> fittedRow[j] >= 0).toArray();
        HeldOutCounts newGroups = new HeldOutCounts(data, Arrays.stream(newPositions).map(j -> heldOut[j]).toArray());
        HeldOutCounts fittedGroups = new HeldOutCounts(data, Arrays.stream(fittedPositions).map(j -> heldOut[j]).toArray());
        int effects = fittedPositions.length == 0 ? -1
                : offset(posterior, LogisticNormalModel.GROUP_EFFECTS, (int) IntStream.range(0, training.length).filter(g -> training[g]).count() * d);
        RandomDraws draw = new RandomDraws(RandomDraws.seeded(SEED ^ Arrays.hashCode(heldOut)));
        return row -> {
            double[] l = Arrays.copyOfRange(row, lColumn, lColumn + d * d);
            double[] mu = Arrays.copyOfRange(row, muColumn, muColumn + d);
            double[] out = new double[heldOut.length];
            if (newPositions.length > 0) {
                double[] marginal = LogMeanExp.overRows(simulatedLogLikelihoods(draw, l, mu, newGroups));
                for (int j = 0; j < newPositions.length; j++) out[newPositions[j]] = marginal[j];
            }
            double[] eta = new double[d + 1];
            for (int j = 0; j < fittedPositions.length; j++) {
                int at = effects + fittedRow[fittedPositions[j]] * d;
                for (int i = 0; i < d; i++) eta[i + 1] = mu[i] + row[at + i];
                out[fittedPositions[j]] = CountLikelihoods.multinomialLogit(fittedGroups.y(j), eta, fittedGroups.logCoefficient(j));
            }
            return out;
        };
    }

    /** For each scored group, its row among the fitted groups (its effect is in the draws), or -1 for a new group. */
    private static int[] fittedRows(int[] heldOut, boolean[] training) {
        int[] out = new int[heldOut.length];
        Arrays.fill(out, -1);
        if (training == null) return out;
        int[] rank = new int[training.length];
        for (int g = 0, r = 0; g < training.length; g++) rank[g] = training[g] ? r++ : -1;
        for (int j = 0; j < heldOut.length; j++) out[j] = rank[heldOut[j]];
        return out;
    }

    /**
     * {@code out[r][j]}: log pmf of held-out group j with its r-th simulated
     * new effect {@code u = L eps}, {@code eps ~ N(0, I)} drawn for each (r, j).
     */
    double[][] simulatedLogLikelihoods(RandomDraws draw, double[] l, double[] mu, HeldOutCounts counts) {
        int k = data.numCategories();
        int d = k - 1;
        int groups = counts.size();
        double[][] out = new double[simulations][groups];
        double[] eps = new double[d];
        double[] eta = new double[k];
        for (int r = 0; r < simulations; r++) {
            for (int j = 0; j < groups; j++) {
                for (int i = 0; i < d; i++) eps[i] = draw.normal(0, 1);
                double[] u = CholeskyFactors.multiplyRows(l, eps, d);
                for (int i = 0; i < d; i++) eta[i + 1] = mu[i] + u[i];
                out[r][j] = CountLikelihoods.multinomialLogit(counts.y(j), eta, counts.logCoefficient(j));
            }
        }
        return out;
    }
}
