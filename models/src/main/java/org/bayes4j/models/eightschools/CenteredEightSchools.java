package org.bayes4j.models.eightschools;

import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.dist.HalfCauchy;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.bayes4j.spi.model.Var;

/**
 * Eight schools, centred parameterisation:
 * $$ y_j \sim N(\theta_j, \sigma_j),\quad \theta_j \sim N(\mu, \tau),\quad
 *    \mu \sim N(0, 5),\quad \tau \sim \text{HalfCauchy}(5). $$
 *
 * <p>The school effects {@code theta} are sampled directly. When the data say
 * little about {@code tau}, the posterior is a funnel: as {@code tau} shrinks
 * the conditional scale of {@code theta} shrinks with it, and no single step
 * size suits both the neck and the mouth. Hamiltonian Monte Carlo reports
 * this as divergent transitions and under-explores small {@code tau}; this
 * model is kept as the standard example of that failure (Betancourt &amp;
 * Girolami 2015). {@link NonCenteredEightSchools} removes it.
 */
public final class CenteredEightSchools implements ModelProvider {

    static final String NAME = "eight-schools-centered";

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "Eight schools (centred): hierarchical normal model of coaching effects on SAT-V scores; "
                + "y_j ~ N(theta_j, sigma_j), theta_j ~ N(mu, tau). The standard example of divergences in a funnel.";
    }

    @Override public List<String> references() {
        return List.of(
                "Rubin, D. B. (1981). Estimation in parallel randomized experiments. Journal of Educational Statistics 6(4), 377-401.",
                "Gelman, A., Carlin, J. B., Stern, H. S., Dunson, D. B., Vehtari, A. & Rubin, D. B. (2013). Bayesian Data Analysis, 3rd ed., section 5.5.",
                "Betancourt, M. & Girolami, M. (2015). Hamiltonian Monte Carlo for hierarchical models. In Current Trends in Bayesian Methodology with Applications, CRC Press.");
    }

    @Override public List<DataVariable> dataVariables() { return EightSchoolsData.variables(); }

    @Override public List<String> checkedParameters() { return List.of("mu", "tau", "theta"); }

    @Override public ModelData defaultData() { return EightSchoolsData.classic(); }

    @Override public Model build(ModelData data) {
        EightSchoolsData.Observations obs = EightSchoolsData.read(data);
        return Model.build(NAME, m -> {
            Dim school = obs.schools() == null ? m.dim("school", obs.size()) : m.dim("school", obs.schools());
            Data sigma = m.data("sigma", obs.sigma(), school);
            Data y = m.data("y", obs.y(), school);
            Var mu = m.param("mu", Normal.of(0, 5));
            Var tau = m.param("tau", HalfCauchy.of(5));
            Var theta = m.param("theta", Normal.of(mu, tau), school);
            m.observe("y_obs", Normal.of(theta, sigma), y);
        });
    }

    @Override public Map<String, Integer> defaultSizes() { return EightSchoolsSimulator.DEFAULT_SIZES; }

    @Override public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        return EightSchoolsSimulator.simulate(NAME, true, rng, sizes, parameters);
    }
}
