/**
 * Running chains: random initialisation, warm-up with adaptation, sampling with
 * frozen tuning, recording through the target's output map, per-chain random
 * streams derived from (seed, chain) alone, and parallel execution whose result
 * does not depend on the number of threads. A chain that fails keeps its draws.
 */
package org.bayes4j.samplers.runner;
