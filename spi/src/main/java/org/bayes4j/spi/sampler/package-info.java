/**
 * Samplers: transition kernels as init + step over immutable states, the
 * statistics each step reports, run settings, progress callbacks, and the
 * provider that runs whole fits.
 */
package org.bayes4j.spi.sampler;
