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
 * Model 8a of {@link CenteredInteractionFactors} written on standardised
 * cell effects:
 * $$ a_{gc} = a_\mu + a_\sigma z^a_{gc},\quad b_{gcf} = b_{\mu f} + b_\sigma z^b_{gcf},\qquad
 *    z^a, z^b \sim N(0, 1), $$
 * with the same hyperpriors, noise and likelihood. The joint distribution is
 * unchanged; the sampler moves on offsets that are a priori independent of
 * the scales, which removes the funnel between a scale and its effects when
 * the cells hold few rows (Papaspiliopoulos, Roberts &amp; Sköld 2007). The
 * effects {@code a} (group, colour) and {@code b} (group, colour, feature)
 * are recorded as deterministics, so a summary still reads {@code b[g1, red, x1]}.
 */
public final class NonCenteredInteractionFactors extends FactorRegression {

    static final String NAME = "factors-interaction-noncentered";

    public NonCenteredInteractionFactors() { super(FactorSimulator.Form.INTERACTION_NONCENTRED); }

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "Regression with crossed groups and colours, one intercept, slope vector and noise per (group, colour) cell, "
                + "non-centred: a = a_mu + a_sigma * a_z, b = b_mu + b_sigma * b_z, z ~ N(0, 1); y ~ N(a[g,c] + X.b[g,c,:], s[g,c]).";
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
            Var aZ = m.param("a_z", Normal.of(0, 1), group, colour);
            Var bZ = m.param("b_z", Normal.of(0, 1), group, colour, feature);
            Var lam = m.param("lam", LogNormal.of(0, 0.5));
            Var s = m.param("s", Exponential.of(lam), group, colour);
            Expr a = m.deterministic("a", aMu.add(aSigma.mul(aZ)));
            Expr b = m.deterministic("b", bMu.add(bSigma.mul(bZ)));

            Expr mu = a.at(groupIdx, colourIdx).add(x.mul(b.at(groupIdx, colourIdx)).sum(feature));
            m.observe("y", Normal.of(mu, s.at(groupIdx, colourIdx)), y);
        });
    }
}
