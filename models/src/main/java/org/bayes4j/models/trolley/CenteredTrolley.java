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
 * Trolley (catalogue model 6), centred: the model of {@link NonCenteredTrolley}
 * with the varying intercepts drawn directly,
 * $$ s_j \sim N(0, \sigma_s),\qquad v_p \sim N(0, \sigma_v), $$
 * and everything else unchanged ($b \sim N(0, 0.5)$, $\sigma \sim
 * \text{Exponential}(1)$, $p \sim \text{Dirichlet}(1)$ inducing the cutpoints,
 * $R_i \sim \text{OrderedLogistic}(\phi_i, \kappa)$). The joint distribution of
 * the parameters and data is the same; on the sampler's scale the log
 * densities of the two forms differ by the Jacobian of
 * $(z_s, z_v) \mapsto (s, v)$, $J \log\sigma_s + P \log\sigma_v$
 * ($J$ stories, $P$ participants). With about 30 answers per participant the
 * likelihood pins each $v_p$ down, so this form samples well on the real data;
 * with few answers per participant it shows the funnel between $\sigma_v$ and
 * $v$ (Papaspiliopoulos, Roberts &amp; Sköld 2007).
 */
public final class CenteredTrolley extends TrolleyModel {

    static final String NAME = "trolley-centered";

    public CenteredTrolley() { super(TrolleySimulator.Form.CENTRED); }

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "Trolley moral judgements (1..7) by ordered logistic regression on action, intention and contact with "
                + "centred varying intercepts s ~ N(0, sigma_s) per story and v ~ N(0, sigma_v) per participant; "
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
            Var s = m.param("s", Normal.of(0, sigmaS), story);
            Var v = m.param("v", Normal.of(0, sigmaV), id);

            Expr kappa = m.deterministic("kappa", Cutpoints.of(m, p, cut, level));
            Expr phi = action.mul(bA).add(intention.mul(bI)).add(contact.mul(bC)).add(s.at(storyOf)).add(v.at(idOf));
            m.observe("response", OrderedLogistic.of(phi, kappa), category);
        });
    }
}
