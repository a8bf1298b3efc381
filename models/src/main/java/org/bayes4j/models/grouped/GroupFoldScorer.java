package org.bayes4j.models.grouped;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.Model;

/**
 * The half of K-fold that refits and scores, for grouped counts: a fold's
 * training target is the model built on the training groups only (its
 * group axis has just those rows, so a held-out group has no parameter in
 * the fit at all), and {@link #heldOutLogLikelihood} scores each held-out
 * group under every posterior draw with {@link Scorer#logPredictive}.
 *
 * <p>A group is scored out of sample when it was not among the training
 * groups of the fit that produced the draws (the K-fold case), and in sample
 * otherwise (the driver's full-data fit, whose lpd gives {@code p_kfold}).
 * Which groups were fitted is remembered from the latest
 * {@link #trainingTarget} call, relying on the order the driver follows for
 * each fold ({@link FoldScorer}, "Threading"): training target, fit, scoring.
 */
abstract class GroupFoldScorer implements FoldScorer {

    final GroupedCounts data;
    private final Function<GroupedCounts, Model> builder;
    /** The training groups of the latest {@link #trainingTarget} (the driver fits and scores fold after fold), or null. */
    private boolean[] lastTraining;

    GroupFoldScorer(GroupedCounts data, Function<GroupedCounts, Model> builder) {
        this.data = data;
        this.builder = builder;
    }

    @Override public final int rows() { return data.numGroups(); }

    @Override public final SamplingTarget trainingTarget(boolean[] training) {
        if (training.length != rows()) {
            throw new IllegalArgumentException("training mask has " + training.length + " entries, but the data have " + rows() + " groups");
        }
        boolean any = false;
        for (boolean t : training) any |= t;
        if (!any) throw new IllegalArgumentException("a fold must keep at least one group for training");
        lastTraining = training.clone();
        return builder.apply(data.subset(training)).compile();
    }

    @Override public final double[][] heldOutLogLikelihood(Draws posterior, int[] heldOut) {
        for (int g : heldOut) {
            if (g < 0 || g >= rows()) throw new IllegalArgumentException("held-out row " + g + " is outside 0.." + (rows() - 1));
        }
        List<double[]> draws = pooledDraws(posterior);
        Scorer scorer = scorer(posterior, heldOut, lastTraining);
        double[][] out = new double[draws.size()][];
        for (int s = 0; s < out.length; s++) out[s] = scorer.logPredictive(draws.get(s));
        return out;
    }

    /**
     * Scores one fold's held-out groups; may keep state (a random stream) across the draws of the fold.
     * {@code training} is the mask the draws were fitted with, or {@code null} when unknown: a scored group
     * inside it (the in-sample scoring of a full-data fit, for {@code p_kfold}) has its effect in the draws.
     */
    abstract Scorer scorer(Draws posterior, int[] heldOut, boolean[] training);

    /** Log predictive densities of the held-out groups under one posterior draw (a row of the draws). */
    @FunctionalInterface
    interface Scorer {
        double[] logPredictive(double[] draw);
    }

    /** The kept draws, chains concatenated in order, each truncated to {@link Draws#numDraws()}. */
    static List<double[]> pooledDraws(Draws posterior) {
        int n = posterior.numDraws();
        List<double[]> out = new ArrayList<>(n * posterior.numChains());
        for (ChainDraws chain : posterior.chains()) {
            double[][] d = chain.draws();
            for (int i = 0; i < n; i++) out.add(d[i]);
        }
        return out;
    }

    /** Column of the first element of variable {@code name} in a draw row; fails when absent or of another size. */
    static int offset(Draws posterior, String name, int size) {
        int offset = 0;
        for (VariableInfo v : posterior.variables()) {
            if (v.name().equals(name)) {
                if (v.size() != size) throw new IllegalArgumentException("variable '" + name + "' has " + v.size() + " elements in the draws, expected " + size);
                return offset;
            }
            offset += v.size();
        }
        throw new IllegalArgumentException("the draws hold no variable '" + name + "'; they hold " + posterior.variables());
    }
}
