/** Draws: chains x iterations x named quantities with sample statistics. */
package org.bayes4j.spi.draws;
