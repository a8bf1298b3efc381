package org.bayes4j.models.iris;

import org.bayes4j.spi.dist.Categorical;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Var;

/**
 * Categorical regression of the iris species with a reference category
 * (catalogue model 1a, the baseline-category logit model; Agresti 2013, §8.1):
 * $$ \alpha_k \sim N(0, 5),\quad \beta_{jk} \sim N(0, 5),\quad k = 1..K-1,\qquad
 *    \eta_i = \bigl(0,\; \tilde x_i^\top\beta + \alpha\bigr),\qquad
 *    y_i \sim \text{Categorical}(\operatorname{softmax}(\eta_i)), $$
 * with $\tilde x_i$ the four measurements centred on their sample means.
 * Softmax is unchanged by adding a constant to every logit, so one logit must
 * be pinned: here setosa's is 0, and $\alpha_k$, $\beta_{jk}$ are log-odds of
 * species $k$ against setosa (at average measurements, and per cm).
 *
 * <p>Dims: {@code flower}, {@code feature} (the four measurements),
 * {@code species} (setosa, versicolor, virginica) and {@code vs_setosa}
 * (versicolor, virginica), so a summary reads {@code beta[petal_length, virginica]}.
 * Deterministic {@code p_at_mean}: the species probabilities of a flower of
 * average measurements, $\operatorname{softmax}(0, \alpha)$, comparable with
 * model 1b's.
 */
public final class PivotCategoricalIris extends IrisRegression {

    static final String NAME = "iris-pivot";

    public PivotCategoricalIris() { super(IrisSimulator.Form.PIVOT); }

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "Iris species by categorical (multinomial logit) regression on 4 centred measurements, setosa as reference: "
                + "eta = [0, x.beta + alpha], alpha ~ N(0,5)[2], beta ~ N(0,5)[4,2], y ~ Categorical(softmax(eta)).";
    }

    @Override
    Model model(Flowers flowers) {
        return Model.build(NAME, m -> {
            Dim[] d = dims(m, flowers);
            Dim flower = d[0], feature = d[1], species = d[2];
            Dim vsSetosa = m.dim("vs_setosa", IrisData.SPECIES.subList(1, IrisData.SPECIES.size()));
            Data x = m.data("x", flowers.x(), flower, feature);
            Data y = m.data("species_index", flowers.species(), flower);
            Var alpha = m.param("alpha", Normal.of(0, 5), vsSetosa);
            Var beta = m.param("beta", Normal.of(0, 5), feature, vsSetosa);
            Expr reference = m.constant(new double[flowers.rows()], flower, Dim.anonymous(1));
            Expr eta = Expr.concat(1, reference, x.matmul(beta).add(alpha)).reshape(flower, species);
            Expr referenceAlpha = m.constant(new double[1], Dim.anonymous(1));
            m.deterministic("p_at_mean", Expr.concat(0, referenceAlpha, alpha).reshape(species).softmax());
            m.observe("y", Categorical.logit(eta), y);
        });
    }
}
