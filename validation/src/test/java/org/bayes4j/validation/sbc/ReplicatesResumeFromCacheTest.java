package org.bayes4j.validation.sbc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.validation.ValidationListener;
import org.bayes4j.spi.validation.ValidationSettings;
import org.bayes4j.validation.ModelCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replicates are reproducible from the master seed whatever the thread
 * count, are kept on disk, and a second run (or one resumed after losing some
 * files, as after an interruption) reads them back instead of refitting; the
 * listener hears of every replicate and whether it came from the cache.
 */
class ReplicatesResumeFromCacheTest {

    @TempDir
    Path cache;

    private static final class Recorder implements ValidationListener {
        final Set<Integer> fitted = ConcurrentHashMap.newKeySet();
        final Set<Integer> cached = ConcurrentHashMap.newKeySet();
        volatile int started = -1;
        @Override public void started(String model, int replicates) { started = replicates; }
        @Override public void replicateFinished(String model, int replicate, int done, int total, boolean fromCache) {
            (fromCache ? cached : fitted).add(replicate);
        }
    }

    @Test
    void secondRunReadsTheCacheAndResultsDoNotDependOnThreads() throws IOException {
        ModelProvider model = ModelCatalogue.installed().byName("eight-schools-noncentered");
        ValidationSettings settings = ValidationSettings.fast().withReplicates(6).withWarmup(100).withDraws(100).withThreads(2)
                .withCacheDirectory(cache);

        Recorder first = new Recorder();
        List<ReplicateResult> a = new SbcRun(model, settings, first).run();
        assertEquals(6, first.started);
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), first.fitted);
        assertTrue(first.cached.isEmpty());

        Recorder second = new Recorder();
        List<ReplicateResult> b = new SbcRun(model, settings, second).run();
        assertTrue(second.fitted.isEmpty(), "refitted: " + second.fitted);
        assertEquals(Set.of(0, 1, 2, 3, 4, 5), second.cached);
        same(a, b);

        // an interrupted run: two replicates never reached the disk; they are refitted, one thread this time
        Path dir;
        try (var s = Files.walk(cache)) {
            dir = s.filter(p -> p.getFileName().toString().equals("replicate-00002.json")).findFirst().orElseThrow().getParent();
        }
        Files.delete(dir.resolve("replicate-00002.json"));
        Files.delete(dir.resolve("replicate-00005.json"));
        Recorder third = new Recorder();
        List<ReplicateResult> c = new SbcRun(model, settings.withThreads(1), third).run();
        assertEquals(Set.of(2, 5), third.fitted);
        assertEquals(Set.of(0, 1, 3, 4), third.cached);
        same(a, c);
    }

    private static void same(List<ReplicateResult> x, List<ReplicateResult> y) {
        assertEquals(x.size(), y.size());
        for (int i = 0; i < x.size(); i++) {
            assertEquals(i, x.get(i).replicate());
            assertEquals(x.get(i).quantities(), y.get(i).quantities());
            assertArrayEquals(x.get(i).rank(), y.get(i).rank(), "replicate " + i);
            assertArrayEquals(x.get(i).pit(), y.get(i).pit(), 0.0, "replicate " + i);
            assertArrayEquals(x.get(i).truth(), y.get(i).truth(), 0.0, "replicate " + i);
            assertEquals(x.get(i).divergences(), y.get(i).divergences());
        }
    }
}
