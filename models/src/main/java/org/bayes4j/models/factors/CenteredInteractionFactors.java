package org.bayes4j.models.factors;

import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.HalfNormal;
import org.bayes4j.spi.dist.LogNormal;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;

/**
 * Regression with two crossed grouping factors and their interaction
 * (catalogue model 8a), centred: every (group, colour) cell has its own
 * intercept, slopes and noise,
 * $$ \mu_i = a_{g_i c_i} + \sum_f X_{if}\, b_{g_i c_i f},\qquad y_i \sim N(\mu_i, s_{g_i c_i}), $$
 * $$ a_{gc} \sim N(a_\mu, a_\sigma),\quad b_{gcf} \sim N(b_{\mu f}, b_\sigma),\quad
 *    a_\mu, b_{\mu f} \sim N(0, 10),\quad a_\sigma, b_\sigma \sim \text{HalfNormal}(1), $$
 * $$ s_{gc} \sim \text{Exponential}(\lambda),\quad \lambda \sim \text{LogNormal}(0, 0.5). $$
 * The cells are exchangeable: nothing ties cell (g, c) to cell (g, c')
 * beyond the shared population, so the model depends on the pair only
 * through the cell, and flattening (group, colour) into one factor of
 * $GC$ levels gives the same model. Partial
 * pooling across cells comes from the hyperparameters.
 *
 * <p>Dims: {@code row}, {@code group}, {@code colour}, {@code feature}, so
 * {@code b} has dims (group, colour, feature) and a summary reads
 * {@code b[g1, red, x1]}; the mean gathers each row's cell with
 * {@code a.at(groupIdx, colourIdx)} and sums the feature products over the
 * {@code feature} dim.
 */
public final class CenteredInteractionFactors extends FactorRegression {

    static final String NAME = "factors-interaction-centered";

    public CenteredInteractionFactors() { super(FactorSimulator.Form.INTERACTION_CENTRED); }

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "Regression with crossed groups and colours, one intercept, slope vector and noise per (group, colour) cell: "
                + "y ~ N(a[g,c] + X.b[g,c,:], s[g,c]), a ~ N(a_mu, a_sigma), b ~ N(b_mu, b_sigma), s ~ Exponential(lam) (centred).";
    }

    @Override
    Model model(FactorRows rows) {
        return Model.build(NAME, m -> {
            Dim[] d = dims(m, rows);
            Dim row = d[0], group = d[1], colour = d[2], feature = d[3];
            Data groupIdx = m.index("group_idx", rows.group(), group, row);
            Data colourIdx = m.index("colour_idx", rows.colour(), colour, row);
            Data x = m.data("X", rows.x(), row, feature);
            Data y = m.data("y_data", rows.y(), row);

            Var aMu = m.param("a_mu", Normal.of(0, 10));
            Var aSigma = m.param("a_sigma", HalfNormal.of(1));
            Var bMu = m.param("b_mu", Normal.of(0, 10), feature);
            Var bSigma = m.param("b_sigma", HalfNormal.of(1));
            Var a = m.param("a", Normal.of(aMu, aSigma), group, colour);
            Var b = m.param("b", Normal.of(bMu, bSigma), group, colour, feature);
            Var lam = m.param("lam", LogNormal.of(0, 0.5));
            Var s = m.param("s", Exponential.of(lam), group, colour);

            Expr mu = a.at(groupIdx, colourIdx).add(x.mul(b.at(groupIdx, colourIdx)).sum(feature));
            m.observe("y", Normal.of(mu, s.at(groupIdx, colourIdx)), y);
        });
    }
}
