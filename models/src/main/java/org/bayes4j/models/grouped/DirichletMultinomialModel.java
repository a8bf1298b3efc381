package org.bayes4j.models.grouped;

import org.bayes4j.spi.dist.DirichletMultinomial;
import org.bayes4j.spi.dist.HalfNormal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;

/**
 * Catalogue model 3, written with the public model-building API:
 * $$ \alpha_k \sim \text{Half-}N(0, 5),\qquad n_g \sim \mathrm{DirichletMultinomial}(N_g, \alpha). $$
 * Deterministics: the mean probabilities {@code p_mean = alpha / alpha_0} and
 * the concentration {@code alpha_0 = sum_k alpha_k}, which sets the
 * overdispersion: {@code Cov(n_g) = (N_g + alpha_0)/(1 + alpha_0)} times the
 * multinomial covariance.
 */
final class DirichletMultinomialModel {

    static final String ALPHA = "alpha";
    static final double ALPHA_SCALE = 5;

    private DirichletMultinomialModel() {}

    static Model build(String name, GroupedCounts data) {
        return Model.build(name, m -> {
            Dim group = data.groups() == null ? m.dim("group", data.numGroups()) : m.dim("group", data.groups());
            Dim category = m.dim("category", data.categoryLabels());
            Data trials = m.data("trials", data.trials(), group);
            Data counts = m.data("counts", data.counts(), group, category);
            Var alpha = m.param(ALPHA, HalfNormal.of(ALPHA_SCALE), category);
            m.deterministic("p_mean", alpha.div(alpha.sum()));
            m.deterministic("concentration", alpha.sum());
            m.observe("n", DirichletMultinomial.of(trials, alpha), counts);
        });
    }
}
