package org.bayes4j.models.grouped;

import java.util.List;

import org.bayes4j.models.grouped.LogisticNormalSimulator.Form;
import org.bayes4j.spi.dist.HalfStudentT;
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
 * The correlated-random-effects multinomial of catalogue model 2, in either
 * form, written with the public model-building API:
 * $$ L \sim \mathrm{LKJCholeskyCov}(\eta = 1,\ s_i \sim \text{Half-}t_3(0, 2)),\quad
 *    \mu_k \sim N(0, 1),\quad u_g \sim N(0, LL^\top),\quad
 *    n_g \sim \mathrm{Multinomial}(N_g, \operatorname{softmax}([0, \mu + u_g])). $$
 * Non-centred, {@code z_g ~ N(0, I)} and {@code u_g = L z_g} (the deterministic
 * {@code group_effects}, one batched {@code L.matvec(z)}); centred,
 * {@code group_effects ~ MvNormal(0, L)} directly. Category 0 is the
 * reference: its logit is the constant 0, joined to the others by
 * {@code concat}.
 *
 * <p>Deterministics: the standard deviations {@code sds_i = sqrt(sum_j L_ij^2)}
 * (row norms of L) and the correlation matrix
 * {@code corr = L L^T / (s s^T)}, both computed from L with expression ops.
 */
final class LogisticNormalModel {

    static final String L = "L";
    static final String MU = "mu";
    static final String Z = "z";
    static final String GROUP_EFFECTS = "group_effects";

    private LogisticNormalModel() {}

    static Model build(String name, Form form, GroupedCounts data) {
        int k = data.numCategories();
        int groups = data.numGroups();
        List<String> categories = data.categoryLabels();
        return Model.build(name, m -> {
            Dim group = data.groups() == null ? m.dim("group", groups) : m.dim("group", data.groups());
            Dim category = m.dim("category", categories);
            Dim effect = m.dim("effect", categories.subList(1, k));
            Dim effectCol = m.dim("effect_col", categories.subList(1, k));
            Data trials = m.data("trials", data.trials(), group);
            Data counts = m.data("counts", data.counts(), group, category);

            Var l = m.param(L, LkjCholeskyCov.of(LogisticNormalSimulator.LKJ_ETA,
                    HalfStudentT.of(LogisticNormalSimulator.SD_NU, LogisticNormalSimulator.SD_SCALE)), effect, effectCol);
            Var mu = m.param(MU, Normal.of(0, 1), effect);
            Expr u;
            if (form == Form.NON_CENTERED) {
                Var z = m.param(Z, Normal.of(0, 1), group, effect);
                u = m.deterministic(GROUP_EFFECTS, l.matvec(z));
            } else {
                u = m.param(GROUP_EFFECTS, MvNormal.cholesky(m.constant(new double[k - 1], effect), l), group, effect);
            }
            recordCovariance(m, l, effect, effectCol);

            Expr referenceLogit = m.constant(new double[groups], group, Dim.anonymous(1));
            Expr eta = Expr.concat(-1, referenceLogit, mu.add(u));
            m.observe("n", Multinomial.logit(trials, eta), counts);
        });
    }

    /** {@code sds = sqrt(rowSums(L^2))} and {@code corr = (L L^T) / (sds sds^T)}. */
    private static void recordCovariance(ModelBuilder m, Var l, Dim effect, Dim effectCol) {
        Expr sds = m.deterministic("sds", l.square().sum(-1).sqrt());
        Expr covariance = l.matmul(l.transpose());
        Expr outer = sds.reshape(effect, Dim.anonymous(1)).mul(sds.reshape(effectCol));
        m.deterministic("corr", covariance.div(outer).reshape(effect, effectCol));
    }
}
