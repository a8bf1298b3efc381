package org.bayes4j.models.reedfrogs;

import java.util.function.Function;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.BinomialLogit;
import org.bayes4j.models.support.LogMeanExp;
import org.bayes4j.models.support.PooledDraws;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;

/**
 * K-fold scoring of a reed-frog model, where every row is a tank with its own
 * effect $\alpha_j$. A fold's fit sees only the training tanks (the model is
 * built on that subset), so a held-out tank's effect is one the fit never
 * estimated: its predictive density integrates over a new tank drawn from
 * the population,
 * $$ p(S_j \mid \theta_s) = \int \text{Binomial}(S_j \mid D_j,
 *    \operatorname{logistic}(\alpha + \beta_P P_j))\, N(\alpha \mid \bar\alpha_s, \sigma_s)\, d\alpha
 *    \approx \frac1R \sum_{r=1}^R \text{Binomial}(S_j \mid D_j, \operatorname{logistic}(\bar\alpha_s + \sigma_s \epsilon_{sr} + \beta_P P_j)), $$
 * with $\epsilon_{sr} \sim N(0,1)$, averaged on the probability scale (a
 * log-mean-exp; Vehtari, Gelman &amp; Gabry 2017, §4 on K-fold with
 * hierarchical models; McElreath 2020, §13.5 on predicting new clusters).
 * A tank that was in the training set (the in-sample scoring of a full-data
 * fit) is scored with its fitted effect $\alpha_{j,s}$ instead.
 *
 * <p>Threading: one thread, fold after fold, as {@link FoldScorer} states;
 * the simulation stream is seeded once, so a run is reproducible.
 */
final class TankFoldScorer implements FoldScorer {

    /** New tank effects simulated per posterior draw; the Monte Carlo error of the average is below 1% of it for these data. */
    static final int DEFAULT_SIMULATIONS = 200;

    private final TankModel variant;
    private final ReedFrogsData.Tanks tanks;
    private final Function<ModelData, Model> build;
    private final int simulations;
    private final RandomDraws draw;
    private final double[] logChoose;
    private boolean[] training;

    TankFoldScorer(TankModel variant, ReedFrogsData.Tanks tanks, Function<ModelData, Model> build, int simulations, UniformRandomProvider rng) {
        if (simulations < 1) throw new IllegalArgumentException(variant.modelName + ": simulations per draw is " + simulations + ", but must be >= 1");
        this.variant = variant;
        this.tanks = tanks;
        this.build = build;
        this.simulations = simulations;
        this.draw = new RandomDraws(rng);
        this.logChoose = new double[tanks.size()];
        for (int j = 0; j < logChoose.length; j++) logChoose[j] = BinomialLogit.logChoose(tanks.density()[j], tanks.survivors()[j]);
    }

    @Override public int rows() { return tanks.size(); }

    @Override
    public SamplingTarget trainingTarget(boolean[] training) {
        if (training.length != rows()) {
            throw new IllegalArgumentException(variant.modelName + ": training mask has " + training.length + " entries, but there are " + rows() + " tanks");
        }
        this.training = training.clone();
        int kept = 0;
        for (boolean t : training) if (t) kept++;
        ModelData subset = tanks.subset(this.training, variant.modelName + " training tanks (" + kept + " of " + rows() + ")");
        return build.apply(subset).compile();
    }

    @Override
    public double[][] heldOutLogLikelihood(Draws posterior, int[] heldOut) {
        if (training == null) throw new IllegalStateException(variant.modelName + ": heldOutLogLikelihood called before trainingTarget");
        double[] betaP = betaP(posterior);
        int[] position = trainingPositions();
        double[][] out = new double[betaP.length][heldOut.length];
        for (int j = 0; j < heldOut.length; j++) {
            int tank = heldOut[j];
            double[] column = training[tank] ? fittedTankLogLikelihood(posterior, tank, position[tank], betaP) : newTankLogLikelihood(posterior, tank);
            for (int d = 0; d < column.length; d++) out[d][j] = column[d];
        }
        return out;
    }

    /**
     * {@code log p(S_j | theta_s)} of tank {@code tank} for every pooled draw s,
     * its effect integrated over a new tank from the population by the
     * Monte Carlo average above, with {@code R} fresh standard normals per draw.
     */
    double[] newTankLogLikelihood(Draws posterior, int tank) {
        return newTankLogLikelihood(posterior, tank, null);
    }

    /**
     * As {@link #newTankLogLikelihood(Draws, int)}, but with the same standard
     * normals {@code epsilon} for every draw (common random numbers), so
     * {@code log p(S_j | theta_s)} is a smooth function of the draw. Scoring
     * every tank this way under a full-data fit gives the pointwise likelihood
     * of integrated PSIS-LOO (Vehtari, Mononen, Tolvanen, Sivula &amp; Winther
     * 2016, JMLR 17, "integrated importance sampling"): the same
     * leave-one-tank-out target as the conditional likelihood
     * {@code log p(S_j | alpha_j)}, but the importance ratios depend on the
     * hyperparameters only, so their tails stay light even though each tank
     * has a parameter of its own.
     */
    double[] newTankLogLikelihood(Draws posterior, int tank, double[] epsilon) {
        double[] alphaBar = PooledDraws.of(posterior, "alpha_bar");
        double[] sigma = variant.fixedSigma ? PooledDraws.constant(posterior, tanks.sigma()) : PooledDraws.of(posterior, "sigma");
        double[] betaP = betaP(posterior);
        int n = tanks.density()[tank], k = tanks.survivors()[tank];
        double predators = predators(tank);
        int r = epsilon == null ? simulations : epsilon.length;
        double[] out = new double[alphaBar.length];
        double[] perSimulation = new double[r];
        for (int d = 0; d < out.length; d++) {
            for (int i = 0; i < r; i++) {
                double alpha = alphaBar[d] + sigma[d] * (epsilon == null ? draw.normal(0, 1) : epsilon[i]);
                perSimulation[i] = BinomialLogit.logPmf(n, k, alpha + betaP[d] * predators, logChoose[tank]);
            }
            out[d] = LogMeanExp.of(perSimulation);
        }
        return out;
    }

    /** {@code log p(S_j | alpha_j, beta_P)} with the effect the fit estimated for a training tank (row {@code position} of the fold's model). */
    private double[] fittedTankLogLikelihood(Draws posterior, int tank, int position, double[] betaP) {
        double[] alpha = PooledDraws.of(posterior, "alpha[" + position + "]");
        int n = tanks.density()[tank], k = tanks.survivors()[tank];
        double[] out = new double[alpha.length];
        for (int d = 0; d < out.length; d++) out[d] = BinomialLogit.logPmf(n, k, alpha[d] + betaP[d] * predators(tank), logChoose[tank]);
        return out;
    }

    private double[] betaP(Draws posterior) {
        return variant.predators ? PooledDraws.of(posterior, "beta_P") : PooledDraws.constant(posterior, 0);
    }

    private double predators(int tank) { return tanks.predators() == null ? 0 : tanks.predators()[tank]; }

    /** For each tank of the training set, its row in the fold's model. */
    private int[] trainingPositions() {
        int[] position = new int[training.length];
        for (int j = 0, p = 0; j < training.length; j++) position[j] = training[j] ? p++ : -1;
        return position;
    }
}
