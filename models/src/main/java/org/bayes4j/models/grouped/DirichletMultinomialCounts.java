package org.bayes4j.models.grouped;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.FixedParameters;
import org.bayes4j.models.support.SimulationSizes;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;

/**
 * Catalogue model 3: the Dirichlet-multinomial for aggregated counts, the
 * classical alternative to the logistic-normal model 2. Each group draws its
 * own probabilities from Dirichlet(alpha), integrated out in closed form.
 *
 * <p>What it cannot do: for fixed {@code N}, the Dirichlet-multinomial
 * covariance is the multinomial one scaled up,
 * {@code Cov(n_i, n_j) = -N p_i p_j (N + alpha_0)/(1 + alpha_0)} for
 * {@code i != j}, so every pair of categories is negatively correlated
 * (Mosimann 1962), whereas the logistic-normal model's correlated effects
 * can make two categories rise together (Aitchison 1986, §13).
 *
 * <p>Simulator: {@code alpha_k ~ HalfNormal(5)}, {@code N_g ~ Poisson(trials)},
 * {@code p_g ~ Dirichlet(alpha)}, {@code n_g ~ Multinomial(N_g, p_g)}. Default
 * data: the counts of model 2's default data set (same seed), so the two
 * models are compared on one data set.
 */
public final class DirichletMultinomialCounts implements ModelProvider {

    static final String NAME = "dirichlet-multinomial";

    @Override public String name() { return NAME; }

    @Override public String description() {
        return "Dirichlet-multinomial for aggregated counts: n_g ~ DirichletMultinomial(N_g, alpha), alpha ~ HalfNormal(5); "
                + "the overdispersed alternative to the logistic-normal model (only negative correlations between categories).";
    }

    @Override public List<String> references() {
        return List.of(
                "Mosimann, J. E. (1962). On the compound multinomial distribution, the multivariate beta-distribution, and correlations among "
                        + "proportions. Biometrika 49(1/2), 65-82.",
                "Aitchison, J. (1986). The Statistical Analysis of Compositional Data, chapter 13 (logistic-normal vs Dirichlet). Chapman & Hall.",
                "Stan Functions Reference, Dirichlet-multinomial distribution.");
    }

    @Override public List<DataVariable> dataVariables() { return GroupedCounts.variables(); }

    @Override public List<String> checkedParameters() { return List.of(DirichletMultinomialModel.ALPHA); }

    @Override public ModelData defaultData() { return LogisticNormalSimulator.defaultData(NAME); }

    @Override public Model build(ModelData data) { return DirichletMultinomialModel.build(NAME, GroupedCounts.read(data)); }

    @Override public Map<String, Integer> defaultSizes() { return LogisticNormalSimulator.DEFAULT_SIZES; }

    @Override public Map<String, Integer> validationSizes() { return LogisticNormalSimulator.VALIDATION_SIZES; }

    @Override
    public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
        SimulationSizes resolved = SimulationSizes.resolve(NAME, LogisticNormalSimulator.DEFAULT_SIZES, sizes);
        int groups = resolved.get(LogisticNormalSimulator.GROUPS);
        int k = resolved.get(LogisticNormalSimulator.CATEGORIES);
        if (k < 2) throw new IllegalArgumentException(NAME + ": size 'categories' is " + k + ", but must be >= 2");
        int meanTrials = resolved.get(LogisticNormalSimulator.TRIALS);
        FixedParameters fixed = FixedParameters.of(NAME, parameters, checkedParameters());
        CountDraws draw = new CountDraws(rng);
        double[] alpha = fixed.vector(DirichletMultinomialModel.ALPHA, k, i -> draw.halfNormal(DirichletMultinomialModel.ALPHA_SCALE),
                FixedParameters::positive, "positive", "categories");
        int[] counts = new int[groups * k];
        int[] trials = new int[groups];
        for (int g = 0; g < groups; g++) {
            trials[g] = draw.poisson(meanTrials);
            System.arraycopy(draw.multinomial(trials[g], draw.dirichlet(alpha)), 0, counts, g * k, k);
        }
        String source = "simulated " + NAME + " (" + groups + " groups, " + k + " categories)";
        return new Simulation(new GroupedCounts(counts, trials, k, null).toModelData(source), fixed.truth());
    }

    /** K-fold by group; the held-out predictive is the Dirichlet-multinomial pmf itself. */
    @Override public Optional<CrossValidation> crossValidation(ModelData data) {
        GroupedCounts counts = GroupedCounts.read(data);
        return Optional.of(new GroupCrossValidation(counts,
                new DirichletMultinomialFoldScorer(counts, training -> DirichletMultinomialModel.build(NAME, training))));
    }
}
