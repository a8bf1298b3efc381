/**
 * Distribution families: normalised log densities with analytic partials over
 * batches of events, and random draws. Arguments arrive as
 * {@link org.bayes4j.spi.distribution.Operand} views into the caller's buffers,
 * with stride 0 for a broadcast parameter, so a call allocates nothing.
 */
package org.bayes4j.spi.distribution;
