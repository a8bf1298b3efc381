package org.bayes4j.validation.sbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.bayes4j.spi.diagnostic.DiagnosticProvider;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;
import org.bayes4j.spi.validation.ValidationListener;
import org.bayes4j.spi.validation.ValidationSettings;

/**
 * Runs a model's SBC replicates in parallel on a fixed pool (each fit runs its
 * chains on its own thread), reading finished ones from the cache when there
 * is one and reporting progress to the listener. Results come back in
 * replicate order and do not depend on the thread count.
 *
 * <p><b>Adaptive count (fast level).</b> With {@code replicates = 0}, the first
 * {@link #PILOT} replicates are fitted and their mean cost is measured in
 * machine-independent work units ({@link ReplicateResult#work()}); the count
 * becomes {@code WORK_BUDGET / cost}, clamped to
 * {@code [MIN_REPLICATES, MAX_REPLICATES]}. Because the cost is counted, not
 * timed, the same seed always gives the same count and the same result.
 */
public final class SbcRun {

    /** Replicates fitted before the adaptive count is chosen. */
    public static final int PILOT = 10;
    public static final int MIN_REPLICATES = 20;
    public static final int MAX_REPLICATES = 60;
    /**
     * Work units per model at the fast level. A replicate of eight schools
     * (non-centred) at 2 x 150 + 150 costs about 1.7e5 units, reed frogs with
     * 48 tanks about 1.4e6, and one thread does roughly 1e6 units a second
     * here; so a model gets about 8 thread-seconds (4 s on two cores), the
     * cheapest about 48 replicates and an expensive one the minimum of 20.
     * The system property {@value #BUDGET_PROPERTY} replaces it (e.g. a larger
     * budget on a faster CI machine, or a smaller one for a quick local run).
     */
    public static final double WORK_BUDGET = 8.0e6;

    /** System property overriding {@link #WORK_BUDGET}. */
    public static final String BUDGET_PROPERTY = "bayes4j.validation.workBudget";

    private final ModelProvider provider;
    private final ValidationSettings settings;
    private final ValidationListener listener;
    private final ReplicateFit fit;
    private final ReplicateCache cache;

    public SbcRun(ModelProvider provider, ValidationSettings settings, ValidationListener listener) {
        this.provider = provider;
        this.settings = settings;
        this.listener = listener;
        SamplerProvider sampler = named(SamplerProvider.class, settings.sampler(), SamplerProvider::name);
        DiagnosticProvider ess = named(DiagnosticProvider.class, "ess_bulk", DiagnosticProvider::name);
        DiagnosticProvider rhat = named(DiagnosticProvider.class, "rhat", DiagnosticProvider::name);
        Map<String, Integer> sizes = settings.validationSizes() ? provider.validationSizes() : provider.defaultSizes();
        SamplerConfig config = SamplerConfig.defaults().withChains(settings.chains()).withWarmup(settings.warmup()).withDraws(settings.draws())
                .withTargetAccept(settings.targetAccept());
        this.fit = new ReplicateFit(provider, sampler, ess, rhat, sizes, config, settings.seed());
        this.cache = settings.cacheDirectory() == null ? null : ReplicateCache.at(settings.cacheDirectory(), provider.name(),
                "sampler " + settings.sampler() + "; chains " + settings.chains() + "; warmup " + settings.warmup() + "; draws "
                        + settings.draws() + "; sizes " + new TreeMap<>(sizes) + "; seed " + settings.seed() + targetAcceptKey(settings));
    }

    /**
     * The target acceptance in the cache key, named only when it is not the default, so replicates cached before
     * it became a setting (all at the default) are still found.
     */
    private static String targetAcceptKey(ValidationSettings settings) {
        return settings.targetAccept() == ValidationSettings.DEFAULT_TARGET_ACCEPT ? "" : "; target_accept " + settings.targetAccept();
    }

    /** The replicate count this run uses, given the pilot results when adaptive. */
    public static int adaptiveCount(List<ReplicateResult> pilot) {
        double cost = pilot.stream().mapToDouble(ReplicateResult::work).average().orElse(Double.POSITIVE_INFINITY);
        double budget = Double.parseDouble(System.getProperty(BUDGET_PROPERTY, Double.toString(WORK_BUDGET)));
        long r = cost > 0 ? Math.round(budget / cost) : MAX_REPLICATES;
        return (int) Math.max(MIN_REPLICATES, Math.min(MAX_REPLICATES, r));
    }

    public List<ReplicateResult> run() {
        int threads = settings.threads() > 0 ? settings.threads() : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "sbc-" + provider.name());
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<ReplicateResult> results = new ArrayList<>();
            if (settings.replicates() > 0) {
                listener.started(provider.name(), settings.replicates());
                results.addAll(batch(pool, 0, settings.replicates(), settings.replicates(), done));
            } else {
                listener.started(provider.name(), PILOT);
                results.addAll(batch(pool, 0, PILOT, PILOT, done));
                int total = adaptiveCount(results);
                results.addAll(batch(pool, PILOT, total, total, done));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<ReplicateResult> batch(ExecutorService pool, int from, int to, int total, AtomicInteger done) {
        List<Future<ReplicateResult>> futures = new ArrayList<>();
        for (int r = from; r < to; r++) {
            int replicate = r;
            futures.add(pool.submit(() -> {
                ReplicateResult cached = cache == null ? null : cache.read(replicate);
                ReplicateResult result = cached != null ? cached : fit.run(replicate);
                if (cached == null && cache != null) cache.write(result);
                listener.replicateFinished(provider.name(), replicate, done.incrementAndGet(), total, cached != null);
                return result;
            }));
        }
        List<ReplicateResult> out = new ArrayList<>();
        for (Future<ReplicateResult> f : futures) {
            try {
                out.add(f.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("validation of " + provider.name() + " was interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("validation of " + provider.name() + " failed: " + e.getCause(), e.getCause());
            }
        }
        return out;
    }

    static <T> T named(Class<T> service, String name, java.util.function.Function<T, String> nameOf) {
        List<T> all = new ArrayList<>();
        ServiceLoader.load(service).forEach(all::add);
        List<T> matches = all.stream().filter(s -> nameOf.apply(s).equals(name)).toList();
        if (matches.size() == 1) return matches.get(0);
        List<String> known = all.stream().map(nameOf).sorted().toList();
        throw new IllegalArgumentException((matches.isEmpty() ? "no " : "several ") + service.getSimpleName() + " named '" + name
                + "'; known: " + known);
    }
}
