package org.bayes4j.diagnostics.kfold;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;
import org.bayes4j.diagnostics.convergence.Moments;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;

/**
 * First-order Monte Carlo standard error of {@code elpd_kfold}. In fold k the error
 * of {@code sum_{i in k} log mean_s p_{is}} is, to first order, {@code mean_s f_s - n_k}
 * with {@code f_s = sum_{i in k} p_{is} / pbar_i}, whose SE is {@code sd(f) / sqrt(ESS(f))};
 * folds are independent fits, so their variances add. The folds are refitted with
 * the driver's seeds.
 */
final class MonteCarloError {

    private MonteCarloError() {}

    static double of(FoldScorer scorer, int[] folds, SamplerConfig config) {
        var sampler = KFoldCrossValidation.sampler("nuts");
        int n = folds.length;
        int k = FoldCheck.check(folds);
        double variance = 0;
        for (int fold = 0; fold < k; fold++) {
            boolean[] training = new boolean[n];
            int held = 0;
            for (int i = 0; i < n; i++) {
                training[i] = folds[i] != fold;
                if (!training[i]) held++;
            }
            int[] heldOut = new int[held];
            for (int i = 0, j = 0; i < n; i++) if (!training[i]) heldOut[j++] = i;
            Draws draws = sampler.sample(scorer.trainingTarget(training),
                    config.withSeed(KFoldCrossValidation.mix(config.seed(), fold)), ProgressListener.NONE);
            double[][] ll = scorer.heldOutLogLikelihood(draws, heldOut);
            int s = ll.length;
            double[] mean = new double[held];
            for (double[] row : ll) for (int j = 0; j < held; j++) mean[j] += Math.exp(row[j]) / s;
            int chains = draws.numChains();
            int per = draws.numDraws();
            double[][] f = new double[chains][per];
            double[] flat = new double[chains * per];
            for (int c = 0; c < chains; c++) {
                for (int t = 0; t < per; t++) {
                    double[] row = ll[c * per + t];
                    for (int j = 0; j < held; j++) f[c][t] += Math.exp(row[j]) / mean[j];
                    flat[c * per + t] = f[c][t];
                }
            }
            variance += Moments.variance(flat) / EffectiveSampleSize.basic(f);
        }
        return Math.sqrt(variance);
    }
}
