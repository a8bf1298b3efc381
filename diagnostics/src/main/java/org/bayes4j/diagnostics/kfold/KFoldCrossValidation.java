package org.bayes4j.diagnostics.kfold;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.diagnostic.KFoldResult;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;

/**
 * The K-fold driver (Vehtari, Gelman and Gabry 2017, Section 4; {@code loo::kfold}).
 * For each fold k: ask the {@link FoldScorer} for a target whose likelihood uses
 * the rows outside fold k, fit it with the named sampler, ask the scorer for the
 * held-out log likelihoods {@code log p(y_i | theta_s)} under every draw, and set
 * {@code elpd_i = log((1/S) sum_s p(y_i | theta_s))} (a log-mean-exp over draws).
 * Every row is held out exactly once, so the N values are out-of-sample; the totals
 * are those of {@link KFoldSummary}.
 *
 * <p>Fold k is sampled with seed {@code mix(config.seed(), k)} (a SplitMix64
 * finaliser), so folds get unrelated streams and the result is reproducible.
 * Divergent transitions or failed chains in a fold's fit are reported as warnings
 * (the elpd of such a fold may be biased); a fold whose fit kept no draws is an error.
 */
public final class KFoldCrossValidation {

    private KFoldCrossValidation() {}

    public static KFoldResult run(FoldScorer scorer, int[] folds, String samplerName, SamplerConfig config, boolean fitFullData) {
        int n = scorer.rows();
        if (folds.length != n) {
            throw new IllegalArgumentException("kfold: folds has " + folds.length + " entries, but the scorer has " + n + " rows");
        }
        int k = FoldCheck.check(folds);
        SamplerProvider sampler = sampler(samplerName);
        double[] elpd = new double[n];
        List<String> warnings = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            boolean[] training = new boolean[n];
            int held = 0;
            for (int i = 0; i < n; i++) {
                training[i] = folds[i] != fold;
                if (!training[i]) held++;
            }
            int[] heldOut = new int[held];
            for (int i = 0, j = 0; i < n; i++) if (!training[i]) heldOut[j++] = i;
            double[][] ll = fitAndScore(scorer, sampler, training, heldOut, config.withSeed(mix(config.seed(), fold)),
                    "fold " + fold, warnings);
            double[] column = new double[ll.length];
            for (int j = 0; j < heldOut.length; j++) {
                for (int s = 0; s < ll.length; s++) column[s] = ll[s][j];
                elpd[heldOut[j]] = LogMeanExp.of(column);
            }
        }
        double[] lpd = null;
        if (fitFullData) {
            boolean[] all = new boolean[n];
            java.util.Arrays.fill(all, true);
            int[] rows = new int[n];
            for (int i = 0; i < n; i++) rows[i] = i;
            double[][] ll = fitAndScore(scorer, sampler, all, rows, config.withSeed(mix(config.seed(), k)), "full-data fit", warnings);
            lpd = new double[n];
            double[] column = new double[ll.length];
            for (int i = 0; i < n; i++) {
                for (int s = 0; s < ll.length; s++) column[s] = ll[s][i];
                lpd[i] = LogMeanExp.of(column);
            }
        }
        return KFoldSummary.of(elpd, folds, lpd, warnings);
    }

    private static double[][] fitAndScore(FoldScorer scorer, SamplerProvider sampler, boolean[] training, int[] heldOut,
                                          SamplerConfig config, String what, List<String> warnings) {
        SamplingTarget target = scorer.trainingTarget(training);
        Draws draws = sampler.sample(target, config, ProgressListener.NONE);
        int kept = draws.numDraws() * draws.numChains();
        if (kept == 0) throw new IllegalStateException("kfold: the " + what + " kept no draws");
        long divergent = draws.divergences();
        if (divergent > 0) warnings.add("kfold: the " + what + " had " + divergent + " divergent transitions; its elpd may be biased");
        for (int c = 0; c < draws.numChains(); c++) {
            ChainDraws chain = draws.chains().get(c);
            if (!chain.isComplete()) warnings.add("kfold: in the " + what + ", chain " + c + " stopped early: " + chain.failure());
        }
        double[][] ll = scorer.heldOutLogLikelihood(draws, heldOut.clone());
        if (ll.length != kept) {
            throw new IllegalStateException("kfold: the scorer returned " + ll.length + " rows of held-out log likelihoods for the "
                    + what + ", but it kept " + kept + " draws");
        }
        for (int s = 0; s < ll.length; s++) {
            if (ll[s].length != heldOut.length) {
                throw new IllegalStateException("kfold: the scorer returned " + ll[s].length + " held-out values for draw " + s
                        + " of the " + what + ", but " + heldOut.length + " rows are held out");
            }
            for (int j = 0; j < heldOut.length; j++) {
                double v = ll[s][j];
                if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                    throw new IllegalStateException("kfold: held-out log likelihood of row " + heldOut[j] + " under draw " + s
                            + " of the " + what + " is " + v + ", but must be finite or -Infinity");
                }
            }
        }
        return ll;
    }

    static SamplerProvider sampler(String name) {
        List<SamplerProvider> all = ServiceLoader.load(SamplerProvider.class).stream().map(ServiceLoader.Provider::get).toList();
        return all.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("kfold: no sampler named '" + name + "'; installed: "
                        + all.stream().map(SamplerProvider::name).collect(Collectors.toList())));
    }

    /** SplitMix64 finaliser of {@code seed + (k + 1) * golden gamma}: a well-spread seed per fold. */
    static long mix(long seed, int k) {
        long z = seed + 0x9E3779B97F4A7C15L * (k + 1);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
