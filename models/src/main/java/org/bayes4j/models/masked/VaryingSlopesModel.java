package org.bayes4j.models.masked;

import java.util.List;

import org.bayes4j.models.masked.MaskedChoiceSimulator.Form;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.LkjCholeskyCov;
import org.bayes4j.spi.dist.Multinomial;
import org.bayes4j.spi.dist.MvNormal;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelBuilder;
import org.bayes4j.spi.model.Var;

/**
 * Catalogue model 4b, varying intercepts and slopes with a covariance per
 * category, on the masked softmax of 4a. For each non-reference category
 * {@code j} and cluster {@code c}, {@code e_cj = (a_cj, b_cj)}:
 * $$ \mu_j \sim N\big(0, (1.5, 1)\big),\quad
 *    L_j \sim \mathrm{LKJCholeskyCov}(n = 2, \eta = 4, \text{sd} \sim \mathrm{Exponential}(1)),\quad
 *    e_{cj} \sim N(\mu_j, L_j L_j^\top), $$
 * $$ \eta_{ij} = a_{c[i]j} + b_{c[i]j}\,x_i,\quad \eta_{i,K-1} = 0,\quad
 *    n_i \sim \mathrm{Multinomial}(N_i, \text{softmax of } \eta_i \text{ over the available categories}). $$
 *
 * <p>The {@code K - 1} Cholesky factors are one variable {@code L} of dims
 * {@code (choice, coef, coef_col)}: the family treats the leading axis as a
 * batch of independent covariances, so there is no loop of variables.
 * Centred, {@code cluster_effects ~ MvNormal(mu, L)} directly (mean and factor
 * broadcast over clusters); non-centred, {@code z ~ N(0, I)} and
 * {@code cluster_effects = mu + L z}, one batched {@code L.matvec(z)}
 * (Papaspiliopoulos, Roberts &amp; Sköld 2007).
 *
 * <p>The linear predictor is vectorised, with the reference category added
 * where it is cheap: each cluster's coefficients get the reference row
 * {@code (0, 0)} first ({@code (cluster, category, coef)}, a few hundred
 * entries), the intercepts {@code a_cj} and slopes {@code b_cj} are split off
 * per cluster by a matvec with {@code (1, 0)} and {@code (0, 1)}, and each is
 * gathered once by the cluster index and combined with {@code x} in
 * whole-array ops. There is no loop over rows in the graph, and no
 * concatenation or reshape per observation.
 *
 * <p>Deterministics: {@code sds} {@code (choice, coef)}, the row norms of
 * {@code L_j}; {@code corr} {@code (choice, coef, coef_col)}, the correlation
 * matrices {@code (L_j L_j^T)_{rs} / (s_r s_s)}; and, non-centred,
 * {@code cluster_effects}.
 */
final class VaryingSlopesModel {

    static final String MU = "mu";
    static final String L = "L";
    static final String Z = "z";
    static final String CLUSTER_EFFECTS = "cluster_effects";
    static final List<String> COEFFICIENTS = List.of("intercept", "slope");

    private VaryingSlopesModel() {}

    static Model build(String name, Form form, MaskedChoices d) {
        int n = d.rows();
        return Model.build(name, m -> {
            Dim cluster = m.dim("cluster", d.numClusters());
            Dim observation = m.dim("observation", n);
            Dim category = m.dim("category", d.categoryLabels());
            Dim choice = m.dim("choice", d.choiceLabels());
            Dim coef = m.dim("coef", COEFFICIENTS);
            Dim coefCol = m.dim("coef_col", COEFFICIENTS);
            Data counts = m.data(MaskedChoices.COUNTS, d.counts(), observation, category);
            Data available = m.data(MaskedChoices.AVAILABLE, d.available(), observation, category);
            Data trials = m.data(MaskedChoices.TRIALS, d.trials(), observation);
            Data clusterIndex = m.index(MaskedChoices.CLUSTER, d.cluster(), cluster, observation);
            Data x = m.data(MaskedChoices.X, d.x(), observation);

            Expr priorScale = m.constant(new double[] {MaskedChoiceSimulator.ALPHA_SD, MaskedChoiceSimulator.BETA_SD}, coef);
            Var mu = m.param(MU, Normal.of(0, priorScale), choice, coef);
            Var l = m.param(L, LkjCholeskyCov.of(MaskedChoiceSimulator.LKJ_ETA, Exponential.of(MaskedChoiceSimulator.SD_RATE)),
                    choice, coef, coefCol);
            Expr effects;
            if (form == Form.NON_CENTERED) {
                Var z = m.param(Z, Normal.of(0, 1), cluster, choice, coef);
                effects = m.deterministic(CLUSTER_EFFECTS, mu.add(l.matvec(z)));
            } else {
                effects = m.param(CLUSTER_EFFECTS, MvNormal.cholesky(mu, l), cluster, choice, coef);
            }
            recordCovariances(m, l, choice, coef, coefCol);

            // eta_ij = a_{c[i] j} + b_{c[i] j} x_i: the reference (0, 0) is appended per cluster, a and b are split off
            // per cluster, and each is gathered once by the cluster index
            Expr coefficients = ChoiceLogits.withReference(m, effects, 1, cluster, category, coef);
            Expr intercepts = coefficients.matvec(m.constant(new double[] {1, 0}, coef));
            Expr slopes = coefficients.matvec(m.constant(new double[] {0, 1}, coef));
            Expr eta = intercepts.at(clusterIndex).add(slopes.at(clusterIndex).mul(x.reshape(observation, Dim.anonymous(1))));
            m.observe("n", Multinomial.logitMasked(trials, eta, available), counts);
        });
    }

    /**
     * {@code sds_jr = ||L_j,r||} and {@code corr_jrs = (sum_t L_jrt L_jst) / (sds_jr sds_js)};
     * the inner sum is a broadcast product over a third axis {@code coef_inner}.
     */
    private static void recordCovariances(ModelBuilder m, Var l, Dim choice, Dim coef, Dim coefCol) {
        Expr sds = m.deterministic("sds", l.square().sum(-1).sqrt());
        Dim inner = m.dim("coef_inner", 2);
        Dim one = Dim.anonymous(1);
        Expr covariance = l.reshape(choice, coef, one, inner).mul(l.reshape(choice, one, coefCol, inner)).sum(-1);
        Expr outer = sds.reshape(choice, coef, one).mul(sds.reshape(choice, one, coefCol));
        m.deterministic("corr", covariance.div(outer).reshape(choice, coef, coefCol));
    }
}
