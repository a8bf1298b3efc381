package org.bayes4j.spi.validation;

/**
 * Progress of a validation run, for progress bars. Called from worker
 * threads, so implementations must be thread-safe and quick.
 */
public interface ValidationListener {

    ValidationListener NONE = new ValidationListener() {};

    /** Before the first replicate of {@code model}; {@code replicates} may grow when the count is chosen adaptively. */
    default void started(String model, int replicates) {}

    /** After replicate {@code replicate} (0-based); {@code fromCache} when it was read back rather than refitted. */
    default void replicateFinished(String model, int replicate, int done, int total, boolean fromCache) {}

    /** When the model's report is complete. */
    default void finished(ValidationReport report) {}
}
