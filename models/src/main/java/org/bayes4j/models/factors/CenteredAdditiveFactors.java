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
 * Regression with two crossed grouping factors whose effects add (catalogue
 * model 8b), centred:
 * $$ \mu_i = a^{G}_{g_i} + a^{C}_{c_i} + \sum_f X_{if}\,\bigl(b^{G}_{g_i f} + b^{C}_{f c_i}\bigr),
 *    \qquad y_i \sim N(\mu_i, s_{g_i c_i}), $$
 * $$ a^G_g \sim N(a_\mu, a_\sigma),\quad b^G_{gf} \sim N(b_{\mu f}, b_\sigma),\quad
 *    a^C \sim \text{ZeroSumNormal}(a^C_\sigma),\quad b^C_{f\cdot} \sim \text{ZeroSumNormal}(b^C_\sigma), $$
 * with the hyperpriors, noise and likelihood of model 8a, and
 * $a^C_\sigma, b^C_\sigma \sim \text{HalfNormal}(1)$. A (group, colour) cell
 * has intercept $a^G_g + a^C_c$: the colour moves every group alike, so the
 * model has $G + C - 1$ intercepts where 8a has $GC$.
 *
 * <p><b>Identification.</b> Adding a constant $k$ to every $a^G_g$ and
 * subtracting it from every $a^C_c$ leaves every $\mu_i$ unchanged (likewise
 * $b^G_{\cdot f}$ and $b^C_{f\cdot}$ per feature), so the likelihood has a
 * flat ridge along which only the priors decide, and a sampler crawls along
 * it. The colour effects are therefore constrained to sum to zero over the
 * colours (ZeroSumNormal over the {@code colour} axis, the last axis of
 * {@code a_colour} (colour) and {@code b_colour} (feature, colour)). Then
 * $a^G_g$ is group $g$'s intercept at the average colour, $a^C_c$ how far
 * colour $c$ lies from that average, and $a_\mu$ the overall level. The
 * alternatives were rejected: pinning one colour's effect at zero treats
 * the colours unalike (its prior and its meaning as the reference differ
 * from the others'); leaving both free with proper priors is identified only
 * by the priors, with the ridge above. The colours rather than the groups
 * carry the constraint because the groups carry the population mean
 * $a_\mu$ that the hierarchical prior shrinks towards.
 *
 * <p>Dims: {@code row}, {@code group}, {@code colour}, {@code feature};
 * summaries read {@code b_group[g1, x1]} and {@code b_colour[x1, red]}.
 * Because {@code b_colour} has the colour axis last, the mean gathers each
 * row's colour from its transpose (colour, feature).
 */
public final class CenteredAdditiveFactors extends FactorRegression {

    static final String NAME = "factors-additive-centered";

    public CenteredAdditiveFactors() { super(FactorSimulator.Form.ADDITIVE_CENTRED); }

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "Regression with crossed groups and colours whose effects add: y ~ N(a_group[g] + a_colour[c] + X.(b_group[g,:] + "
                + "b_colour[:,c]), s[g,c]); colour effects sum to zero (ZeroSumNormal) to identify them (centred).";
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
            Var aGroup = m.param("a_group", Normal.of(aMu, aSigma), group);
            Var bGroup = m.param("b_group", Normal.of(bMu, bSigma), group, feature);
            Var aColourSigma = m.param("a_colour_sigma", HalfNormal.of(1));
            Var aColour = m.param("a_colour", ZeroSumNormal.of(aColourSigma), colour);
            Var bColourSigma = m.param("b_colour_sigma", HalfNormal.of(1));
            Var bColour = m.param("b_colour", ZeroSumNormal.of(bColourSigma), feature, colour);
            Var lam = m.param("lam", LogNormal.of(0, 0.5));
            Var s = m.param("s", Exponential.of(lam), group, colour);

            Expr intercept = aGroup.at(groupIdx).add(aColour.at(colourIdx));
            Expr slopes = bGroup.at(groupIdx).add(bColour.transpose().at(colourIdx));
            Expr mu = intercept.add(x.mul(slopes).sum(feature));
            m.observe("y", Normal.of(mu, s.at(groupIdx, colourIdx)), y);
        });
    }
}
