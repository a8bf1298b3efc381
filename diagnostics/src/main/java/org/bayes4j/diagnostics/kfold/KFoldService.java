package org.bayes4j.diagnostics.kfold;

import java.util.List;

import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.spi.diagnostic.KFoldResult;
import org.bayes4j.spi.sampler.SamplerConfig;

/** The {@link KFoldProvider} service: fold assignment, the K-fold driver and new-group marginalisation. */
public final class KFoldService implements KFoldProvider {

    @Override public int[] splitRandom(int k, int n, long seed) { return FoldSplits.random(k, n, seed); }

    @Override public int[] splitStratified(int k, int[] classes, long seed) { return FoldSplits.stratified(k, classes, seed); }

    @Override public int[] splitGrouped(int k, int[] groups, long seed) { return FoldSplits.grouped(k, groups, seed); }

    @Override
    public KFoldResult crossValidate(FoldScorer scorer, int[] folds, String sampler, SamplerConfig config, boolean fitFullData) {
        return KFoldCrossValidation.run(scorer, folds, sampler, config, fitFullData);
    }

    @Override
    public KFoldResult summarise(double[] pointwiseElpd, int[] folds, double[] lpd) {
        return KFoldSummary.of(pointwiseElpd, folds, lpd, List.of());
    }

    @Override
    public double[][] marginaliseSimulations(double[][][] logLik) { return NewGroupMarginalisation.logMeanOverSimulations(logLik); }
}
