package org.bayes4j.models.eightschools;

import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.dist.HalfCauchy;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.bayes4j.spi.model.Var;

/**
 * Eight schools, non-centred parameterisation:
 * $$ y_j \sim N(\theta_j, \sigma_j),\quad \theta_j = \mu + \tau\,\eta_j,\quad
 *    \eta_j \sim N(0, 1),\quad \mu \sim N(0, 5),\quad \tau \sim \text{HalfCauchy}(5). $$
 *
 * <p>The same joint distribution of {@code (mu, tau, theta, y)} as
 * {@link CenteredEightSchools}, but the sampler moves on the standardised
 * effects {@code eta}, which are a priori independent of {@code tau}. The
 * funnel between {@code tau} and the effects becomes a deterministic map
 * ({@code theta} is recorded as a deterministic), and the geometry the
 * sampler sees is close to a product of normals when the data are weak
 * (Papaspiliopoulos, Roberts &amp; Sköld 2007; Betancourt &amp; Girolami 2015).
 */
public final class NonCenteredEightSchools implements ModelProvider {

    static final String NAME = "eight-schools-noncentered";

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "Eight schools (non-centred): theta_j = mu + tau * eta_j with eta_j ~ N(0, 1); "
                + "the reparameterisation that removes the centred model's divergences.";
    }

    @Override public List<String> references() {
        return List.of(
                "Rubin, D. B. (1981). Estimation in parallel randomized experiments. Journal of Educational Statistics 6(4), 377-401.",
                "Gelman, A., Carlin, J. B., Stern, H. S., Dunson, D. B., Vehtari, A. & Rubin, D. B. (2013). Bayesian Data Analysis, 3rd ed., section 5.5.",
                "Papaspiliopoulos, O., Roberts, G. O. & Skold, M. (2007). A general framework for the parametrization of hierarchical models. Statistical Science 22(1), 59-73.");
    }

    @Override public List<DataVariable> dataVariables() { return EightSchoolsData.variables(); }

    @Override public List<String> checkedParameters() { return List.of("mu", "tau", "eta"); }

    @Override public ModelData defaultData() { return EightSchoolsData.classic(); }

    @Override public Model build(ModelData data) {
        EightSchoolsData.Observations obs = EightSchoolsData.read(data);
        return Model.build(NAME, m -> {
            Dim school = obs.schools() == null ? m.dim("school", obs.size()) : m.dim("school", obs.schools());
            Data sigma = m.data("sigma", obs.sigma(), school);
            Data y = m.data("y", obs.y(), school);
            Var mu = m.param("mu", Normal.of(0, 5));
            Var tau = m.param("tau", HalfCauchy.of(5));
            Var eta = m.param("eta", Normal.of(0, 1), school);
            Expr theta = m.deterministic("theta", mu.add(tau.mul(eta)));
            m.observe("y_obs", Normal.of(theta, sigma), y);
        });
    }

    @Override public Map<String, Integer> defaultSizes() { return EightSchoolsSimulator.DEFAULT_SIZES; }

    @Override public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        return EightSchoolsSimulator.simulate(NAME, false, rng, sizes, parameters);
    }
}
