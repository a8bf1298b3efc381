package org.bayes4j.models.trolley;

import org.bayes4j.spi.dist.Dirichlet;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.dist.OrderedLogistic;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Var;

/**
 * Trolley (catalogue model 6), ordered logistic with varying intercepts per
 * story and per participant, non-centred:
 * $$ R_i \sim \text{OrderedLogistic}(\phi_i, \kappa),\qquad
 *    \phi_i = b_A A_i + b_I I_i + b_C C_i + s_{\text{story}[i]} + v_{\text{id}[i]}, $$
 * $$ s_j = \sigma_s z_j,\ z_j \sim N(0, 1),\qquad v_p = \sigma_v w_p,\ w_p \sim N(0, 1), $$
 * with $b_A, b_I, b_C \sim N(0, 0.5)$ and $\sigma_s, \sigma_v \sim \text{Exponential}(1)$
 * (McElreath 2020, 12.4 and 13.x). The six cutpoints are induced by the
 * response probabilities at $\phi = 0$, $p \sim \text{Dirichlet}(1, \dots, 1)$,
 * $\kappa_k = \operatorname{logit}(p_1 + \dots + p_k)$ ({@link Cutpoints}),
 * which makes them strictly increasing; the model-building API has no way to
 * declare an ordered free variable with a normal prior, as Statistical
 * Rethinking's {@code kappa ~ N(0, 1.5)} does. Responses are 1..7 in the data
 * and 0..6 for {@code ordered_logistic}.
 *
 * <p>The sampler moves on the standardised intercepts {@code z_s}, {@code z_v},
 * a priori independent of the scales, which removes the funnel of the centred
 * form (Papaspiliopoulos, Roberts &amp; Sköld 2007); the intercepts {@code s},
 * {@code v} and the cutpoints {@code kappa} are deterministics, named by the
 * data's labels ({@code s[aqu]}, {@code v[96;434]}).
 */
public final class NonCenteredTrolley extends TrolleyModel {

    static final String NAME = "trolley";

    public NonCenteredTrolley() { super(TrolleySimulator.Form.NON_CENTRED); }

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "Trolley moral judgements (1..7) by ordered logistic regression on action, intention and contact with "
                + "non-centred varying intercepts per story and participant: s = sigma_s * z_s, v = sigma_v * z_v; "
                + "cutpoints kappa = logit(cumsum(p_baseline)), p_baseline ~ Dirichlet(1).";
    }

    @Override public Model build(ModelData data) {
        Responses responses = TrolleyData.read(data);
        return Model.build(NAME, m -> {
            Dim[] d = dims(m, responses);
            Dim id = d[0], story = d[1], row = d[2], level = d[3], cut = d[4];
            Data action = m.data("action", responses.action(), row);
            Data intention = m.data("intention", responses.intention(), row);
            Data contact = m.data("contact", responses.contact(), row);
            Data storyOf = m.index("story_index", responses.story(), story, row);
            Data idOf = m.index("id_index", responses.participant(), id, row);
            Data category = m.data("response_category", responses.category(), row);

            Var bA = m.param("b_A", Normal.of(0, 0.5));
            Var bI = m.param("b_I", Normal.of(0, 0.5));
            Var bC = m.param("b_C", Normal.of(0, 0.5));
            Var sigmaS = m.param("sigma_s", Exponential.of(1));
            Var sigmaV = m.param("sigma_v", Exponential.of(1));
            Var p = m.param("p_baseline", Dirichlet.of(m.constant(uniformConcentrations(), level)), level);
            Var zS = m.param("z_s", Normal.of(0, 1), story);
            Var zV = m.param("z_v", Normal.of(0, 1), id);

            Expr kappa = m.deterministic("kappa", Cutpoints.of(m, p, cut, level));
            Expr s = m.deterministic("s", zS.mul(sigmaS));
            Expr v = m.deterministic("v", zV.mul(sigmaV));
            Expr phi = action.mul(bA).add(intention.mul(bI)).add(contact.mul(bC)).add(s.at(storyOf)).add(v.at(idOf));
            m.observe("response", OrderedLogistic.of(phi, kappa), category);
        });
    }
}
