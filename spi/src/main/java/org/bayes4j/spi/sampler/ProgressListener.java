package org.bayes4j.spi.sampler;

/**
 * Progress of a sampling run, for progress bars. Called from the chains'
 * worker threads, so implementations must be thread-safe and quick.
 */
public interface ProgressListener {

    ProgressListener NONE = new ProgressListener() {};

    /** Before any chain starts. */
    default void started(int chains, int iterationsPerChain) {}

    /** After iteration {@code iteration} (0-based, warm-up first) of {@code chain}. */
    default void iteration(int chain, int iteration, boolean warmup, SampleStats stats) {}

    /** When a chain ends, normally or not ({@code failure} is null on success). */
    default void chainFinished(int chain, Throwable failure) {}
}
