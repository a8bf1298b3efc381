/**
 * Benchmarks, measured with JMH (Shipilëv's harness: forked JVMs, warm-up
 * iterations until the JIT settles, dead-code elimination defeated by
 * returning results). The yardstick is Stan: {@code DESIGN.md} lists Stan's
 * microseconds per gradient on each catalogue model, measured inside Stan's
 * own sampler, and bayes4j's gradient must be faster.
 *
 * <p>Run with {@code bench/run.sh} (builds, assembles the class path, starts
 * {@code org.openjdk.jmh.Main}); pass JMH options to override the short
 * default run, e.g. {@code bench/run.sh LogDensityGradient -f 2 -wi 5 -i 10}.
 */
package org.bayes4j.bench;
