package org.bayes4j.models.factors;

import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.HalfNormal;
import org.bayes4j.spi.dist.LogNormal;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.dist.ZeroSumNormal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;

/**
 * Model 8b of {@link CenteredAdditiveFactors} written on standardised
 * effects:
 * $$ a^G_g = a_\mu + a_\sigma z^{aG}_g,\quad b^G_{gf} = b_{\mu f} + b_\sigma z^{bG}_{gf},\quad
 *    a^C = a^C_\sigma z^{aC},\quad b^C_{f\cdot} = b^C_\sigma z^{bC}_{f\cdot}, $$
 * with $z^{aG}, z^{bG} \sim N(0, 1)$ and $z^{aC}, z^{bC}_{f\cdot} \sim
 * \text{ZeroSumNormal}(1)$ over the colours: scaling a zero-sum vector keeps
 * its sum zero, and $\sigma z$ with $z \sim \text{ZeroSumNormal}(1)$ is
 * $\text{ZeroSumNormal}(\sigma)$, so the joint distribution is that of the
 * centred form (Papaspiliopoulos, Roberts &amp; Sköld 2007). The colour
 * effects are identified by summing to zero, as explained in
 * {@link CenteredAdditiveFactors}. The effects {@code a_group},
 * {@code b_group}, {@code a_colour}, {@code b_colour} are recorded as
 * deterministics with their dims.
 *
 * <p>Which form to use: every level of 8b pools the rows of a whole group or
 * colour ($n/G$, $n/C$ rows), so its effects are usually pinned by the data
 * and the centred form samples better; with three colours the colour scales
 * rest on two degrees of freedom each and the non-centred offsets
 * $z = a^C/a^C_\sigma$ then lie on a curved ridge (measured on 90 rows:
 * 10 divergences at target acceptance 0.8, none at 0.95). This form is for
 * many levels with few rows each.
 */
public final class NonCenteredAdditiveFactors extends FactorRegression {

    static final String NAME = "factors-additive-noncentered";

    public NonCenteredAdditiveFactors() { super(FactorSimulator.Form.ADDITIVE_NONCENTRED); }

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "Regression with crossed groups and colours whose effects add, non-centred: a_group = a_mu + a_sigma * a_group_z, "
                + "a_colour = a_colour_sigma * a_colour_z with a_colour_z ~ ZeroSumNormal(1), likewise the slopes.";
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
            Var aGroupZ = m.param("a_group_z", Normal.of(0, 1), group);
            Var bGroupZ = m.param("b_group_z", Normal.of(0, 1), group, feature);
            Var aColourSigma = m.param("a_colour_sigma", HalfNormal.of(1));
            Var aColourZ = m.param("a_colour_z", ZeroSumNormal.of(1), colour);
            Var bColourSigma = m.param("b_colour_sigma", HalfNormal.of(1));
            Var bColourZ = m.param("b_colour_z", ZeroSumNormal.of(1), feature, colour);
            Var lam = m.param("lam", LogNormal.of(0, 0.5));
            Var s = m.param("s", Exponential.of(lam), group, colour);
            Expr aGroup = m.deterministic("a_group", aMu.add(aSigma.mul(aGroupZ)));
            Expr bGroup = m.deterministic("b_group", bMu.add(bSigma.mul(bGroupZ)));
            Expr aColour = m.deterministic("a_colour", aColourSigma.mul(aColourZ));
            Expr bColour = m.deterministic("b_colour", bColourSigma.mul(bColourZ));

            Expr intercept = aGroup.at(groupIdx).add(aColour.at(colourIdx));
            Expr slopes = bGroup.at(groupIdx).add(bColour.transpose().at(colourIdx));
            Expr mu = intercept.add(x.mul(slopes).sum(feature));
            m.observe("y", Normal.of(mu, s.at(groupIdx, colourIdx)), y);
        });
    }
}
