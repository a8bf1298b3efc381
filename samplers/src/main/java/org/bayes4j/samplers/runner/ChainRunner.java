package org.bayes4j.samplers.runner;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.adaptation.Adaptation;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.sampler.ChainState;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SampleStats;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.Transition;
import org.bayes4j.spi.sampler.TransitionKernel;

/**
 * Runs one chain: find a finite initial point, run {@code warmup} transitions
 * while the adaptation tunes the kernel, freeze the tuning, run {@code draws}
 * transitions and record each kept state through
 * {@link SamplingTarget#writeOutput}. A failure part-way (an exception from the
 * model, an impossible step size) ends the chain but keeps every draw made so
 * far, with the failure's message in {@link ChainDraws#failure()}.
 */
public final class ChainRunner {

    private ChainRunner() {}

    public static <S extends ChainState, P, A> ChainDraws run(SamplerRecipe<S, P, A> recipe, SamplingTarget target,
                                                              SamplerConfig config, int chain, ProgressListener progress) {
        UniformRandomProvider rng = ChainStreams.forChain(config.seed(), chain);
        int width = target.outputNames().size();
        List<double[]> draws = new ArrayList<>(config.draws());
        List<SampleStats> stats = new ArrayList<>(config.draws());
        List<double[]> warmupDraws = new ArrayList<>();
        List<SampleStats> warmupStats = new ArrayList<>();
        double stepSize = Double.NaN;
        double[] inverseMetric = new double[0];
        long started = System.nanoTime();
        long warmupEnded = -1;
        String failure = null;
        Throwable thrown = null;
        CountingLogDensity counted = null;
        try {
            LogDensity evaluator = target.newEvaluator();
            if (evaluator.dimension() != target.dimension()) {
                throw new IllegalStateException("the target has dimension " + target.dimension() + " but its evaluator has " + evaluator.dimension());
            }
            counted = new CountingLogDensity(evaluator);
            double[] given = config.initialPoints() == null ? null : config.initialPoints()[chain];
            double[] init = InitialPoint.find(counted, rng, config.initRadius(), given);

            ChainSetup<S, P, A> setup = recipe.setUp(counted, rng, config);
            TransitionKernel<S, P> kernel = setup.kernel();
            Adaptation<A, P> adaptation = setup.adaptation();
            S state = kernel.init(init);
            A adaptationState = adaptation.start(state, setup.initialTuning());
            P tuning = adaptation.currentTuning(adaptationState);
            stepSize = recipe.stepSize(tuning);
            inverseMetric = recipe.inverseMetric(tuning);

            for (int i = 0; i < config.warmup(); i++) {
                Transition<S> t = kernel.step(rng, state, tuning);
                state = t.next();
                adaptationState = adaptation.observe(adaptationState, t);
                tuning = adaptation.currentTuning(adaptationState);
                if (config.saveWarmup()) {
                    warmupDraws.add(output(target, evaluator, state, width));
                    warmupStats.add(t.stats());
                }
                progress.iteration(chain, i, true, t.stats());
            }
            tuning = adaptation.finalTuning(adaptationState);
            stepSize = recipe.stepSize(tuning);
            inverseMetric = recipe.inverseMetric(tuning);
            warmupEnded = System.nanoTime();

            for (int i = 0; i < config.draws(); i++) {
                Transition<S> t = kernel.step(rng, state, tuning);
                state = t.next();
                double[] row = output(target, evaluator, state, width);
                draws.add(row);
                stats.add(t.stats());
                progress.iteration(chain, config.warmup() + i, false, t.stats());
            }
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            thrown = e;
            failure = "chain " + chain + " stopped after " + warmupDraws.size() + " saved warm-up and " + draws.size()
                    + " kept iterations: " + describe(e);
        }
        long ended = System.nanoTime();
        if (warmupEnded < 0) warmupEnded = ended;
        ChainDraws result = new ChainDraws(draws.toArray(new double[0][]), stats, warmupDraws.toArray(new double[0][]), warmupStats,
                stepSize, inverseMetric, (warmupEnded - started) * 1e-9, (ended - warmupEnded) * 1e-9,
                counted == null ? 0 : counted.numGradients(), failure);
        progress.chainFinished(chain, thrown);
        return result;
    }

    private static <S extends ChainState> double[] output(SamplingTarget target, LogDensity evaluator, S state, int width) {
        double[] row = new double[width];
        target.writeOutput(evaluator, state.position(), row);
        return row;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + m;
    }
}
