package org.bayes4j.validation.sbc;

/**
 * Seeds of replicate {@code r}, derived from the master seed and {@code r}
 * only, so a replicate's result does not depend on the thread that ran it, on
 * the number of replicates, or on which replicates came from the cache. Each
 * stream (simulation, sampler, rank tie-breaking) gets its own seed through the
 * SplitMix64 finaliser (Steele, Lea &amp; Flood 2014), a bijective mix whose
 * outputs for nearby inputs are uncorrelated.
 */
public record ReplicateSeeds(long simulation, long sampler, long ranks) {

    public static ReplicateSeeds of(long masterSeed, int replicate) {
        long base = mix(mix(masterSeed) + 0x9E3779B97F4A7C15L * (replicate + 1L));
        return new ReplicateSeeds(mix(base + 1), mix(base + 2) & Long.MAX_VALUE, mix(base + 3));
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
