/** Warm-up adaptation, separate from transition kernels (BlackJAX's design). */
package org.bayes4j.spi.adaptation;
