package org.bayes4j.models.confounded;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.dist.Exponential;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.ModelBuilder;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.bayes4j.spi.model.Var;

/**
 * What the confounded-groups providers share: the data they read, the
 * world's data as default data, sizes, and each estimator's own simulator.
 * Each subclass writes its model in {@code build}, starting from
 * {@link #declareData}.
 */
abstract class ConfoundedProvider implements ModelProvider {

    final Estimator estimator;

    ConfoundedProvider(Estimator estimator) { this.estimator = estimator; }

    @Override public final String name() { return estimator.modelName; }

    @Override public List<String> references() {
        List<String> refs = new ArrayList<>(List.of(
                "Mundlak, Y. (1978). On the pooling of time series and cross section data. Econometrica 46(1), 69-85.",
                "Bafumi, J. & Gelman, A. (2006). Fitting multilevel models when predictors and group effects correlate. Annual Meeting of the Midwest Political Science Association.",
                "McElreath, R. (2023). Statistical Rethinking 2023, lectures on multilevel models: fixed effects, multilevel and Mundlak machines."));
        if (estimator.nonCentred()) {
            refs.add("Papaspiliopoulos, O., Roberts, G. O. & Skold, M. (2007). A general framework for the parametrization of hierarchical models. Statistical Science 22(1), 59-73.");
        }
        return refs;
    }

    @Override public final List<DataVariable> dataVariables() { return ConfoundedData.variables(); }

    @Override public final List<String> checkedParameters() { return estimator.checkedParameters(); }

    /** The world of catalogue model 7 (b_X = 1, b_Z = -0.5), the same for every estimator so they can be compared. */
    @Override public final ModelData defaultData() { return ConfoundedWorld.defaultData(); }

    @Override public final Map<String, Integer> defaultSizes() { return ConfoundedWorld.DEFAULT_SIZES; }

    @Override public final Map<String, Integer> validationSizes() { return ConfoundedWorld.VALIDATION_SIZES; }

    @Override public final Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        return ConfoundedSimulator.simulate(estimator, rng, sizes, parameters);
    }

    /** The dims and data every estimator declares, groups first. */
    record Declared(Dim group, Dim individual, Data groupOf, Data x, Data y, Data z) {}

    /**
     * The partially pooled intercepts of 7c-7e, $\alpha_g$ with $\bar\alpha \sim N(0, 1)$ and
     * $\tau \sim \text{Exponential}(1)$: non-centred, $\alpha_g = \bar\alpha + \tau z_g$ with
     * $z_g \sim N(0, 1)$ and {@code alpha} recorded as a deterministic; or centred,
     * $\alpha_g \sim N(\bar\alpha, \tau)$, as the provider's estimator says.
     */
    final Expr pooledIntercepts(ModelBuilder m, Declared v) {
        Var alphaBar = m.param("alpha_bar", Normal.of(0, 1));
        Var tau = m.param("tau", Exponential.of(1));
        if (!estimator.nonCentred()) return m.param("alpha", Normal.of(alphaBar, tau), v.group());
        Var z = m.param("z", Normal.of(0, 1), v.group());
        return m.deterministic("alpha", alphaBar.add(tau.mul(z)));
    }

    static Declared declareData(ModelBuilder m, ConfoundedData.Individuals d) {
        Dim group = m.dim("group", d.groups());
        Dim individual = m.dim("individual", d.size());
        Data groupOf = m.index("group", d.group(), group, individual);
        Data x = m.data("X", d.x(), individual);
        Data y = m.data("Y", d.y(), individual);
        Data z = m.data("Z", d.z(), group);
        return new Declared(group, individual, groupOf, x, y, z);
    }
}
