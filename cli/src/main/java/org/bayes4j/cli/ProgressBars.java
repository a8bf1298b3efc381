package org.bayes4j.cli;

import java.util.concurrent.atomic.AtomicLongArray;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SampleStats;

/**
 * One progress bar per chain on the terminal (standard error), showing the
 * phase (warm-up or sampling) and the divergences so far. The sampler calls
 * in from its worker threads; a bar only records the latest iteration, and
 * the progress-bar library redraws on its own timer, so a call is cheap.
 * Used only when a console is attached and the output is not JSON.
 */
final class ProgressBars implements ProgressListener, AutoCloseable {

    private volatile ProgressBar[] bars = new ProgressBar[0];
    private volatile AtomicLongArray divergences = new AtomicLongArray(0);
    private volatile boolean[] sampling = new boolean[0];

    @Override
    public void started(int chains, int iterationsPerChain) {
        ProgressBar[] created = new ProgressBar[chains];
        for (int c = 0; c < chains; c++) {
            created[c] = new ProgressBarBuilder()
                    .setTaskName("chain " + (c + 1))
                    .setInitialMax(iterationsPerChain)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setMaxRenderedLength(100)
                    .build();
            created[c].setExtraMessage("warm-up");
        }
        divergences = new AtomicLongArray(chains);
        sampling = new boolean[chains];
        bars = created;
    }

    @Override
    public void iteration(int chain, int iteration, boolean warmup, SampleStats stats) {
        ProgressBar[] b = bars;
        if (chain < 0 || chain >= b.length) return;
        b[chain].stepTo(iteration + 1L);
        boolean changed = false;
        if (!warmup && stats != null && stats.diverging()) {
            divergences.incrementAndGet(chain);
            changed = true;
        }
        if (!warmup && !sampling[chain]) {
            sampling[chain] = true;
            changed = true;
        }
        if (changed) {
            long d = divergences.get(chain);
            b[chain].setExtraMessage(d == 0 ? "sampling" : "sampling, " + d + (d == 1 ? " divergence" : " divergences"));
        }
    }

    @Override
    public void chainFinished(int chain, Throwable failure) {
        ProgressBar[] b = bars;
        if (chain < 0 || chain >= b.length) return;
        if (failure != null) b[chain].setExtraMessage("failed: " + failure.getMessage());
        b[chain].refresh();
    }

    @Override
    public void close() {
        for (ProgressBar b : bars) b.close();
    }
}
