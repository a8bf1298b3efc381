package org.bayes4j.samplers.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.ChainState;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;

/**
 * Runs {@code config.chains()} chains of a {@link SamplerRecipe} on
 * {@code config.threads()} worker threads (0 = one per core, at most one per
 * chain), each chain with its own evaluator and its own random stream, so the
 * draws are bit-identical whatever the number of threads. Collects the chains
 * into {@link Draws} with the run's settings as metadata.
 *
 * <p>Metadata keys (CmdStan's names where they exist): {@code sampler},
 * {@code algorithm}, {@code engine}, {@code metric}, {@code seed}, {@code chains},
 * {@code num_warmup}, {@code num_samples}, {@code save_warmup}, {@code delta}
 * (target acceptance), {@code max_depth}, {@code init} (radius), {@code threads},
 * plus the recipe's own.
 */
public final class ParallelSampler {

    private ParallelSampler() {}

    public static <S extends ChainState, P, A> Draws run(SamplerRecipe<S, P, A> recipe, SamplingTarget target,
                                                         SamplerConfig config, ProgressListener progress) {
        int chains = config.chains();
        int threads = config.threads() == 0
                ? Math.min(chains, Runtime.getRuntime().availableProcessors())
                : Math.min(chains, config.threads());
        progress.started(chains, config.warmup() + config.draws());
        List<ChainDraws> results = new ArrayList<>(chains);
        if (threads <= 1) {
            for (int c = 0; c < chains; c++) results.add(ChainRunner.run(recipe, target, config, c, progress));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "bayes4j-" + recipe.name() + "-chain");
                t.setDaemon(true);
                return t;
            });
            try {
                List<Future<ChainDraws>> futures = new ArrayList<>(chains);
                for (int c = 0; c < chains; c++) {
                    int chain = c;
                    futures.add(pool.submit(() -> ChainRunner.run(recipe, target, config, chain, progress)));
                }
                for (Future<ChainDraws> f : futures) results.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(recipe.name() + ": interrupted while waiting for chains", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(recipe.name() + ": a chain crashed outside its own error handling", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return new Draws(target.outputVariables(), results, metadata(recipe, config, threads));
    }

    private static Map<String, String> metadata(SamplerRecipe<?, ?, ?> recipe, SamplerConfig config, int threads) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("sampler", recipe.name());
        m.put("seed", Long.toString(config.seed()));
        m.put("chains", Integer.toString(config.chains()));
        m.put("num_warmup", Integer.toString(config.warmup()));
        m.put("num_samples", Integer.toString(config.draws()));
        m.put("save_warmup", Boolean.toString(config.saveWarmup()));
        m.put("init", Double.toString(config.initRadius()));
        m.put("threads", Integer.toString(threads));
        m.putAll(recipe.metadata(config));
        return m;
    }
}
