/**
 * Supports of random variables as small value records. A constraint knows its
 * event rank, the size of the unconstrained space it is reached from, whether a
 * value lies inside it, and one feasible point. It names no bijector: the
 * registry in {@code org.bayes4j.spi.bijector} joins the two.
 */
package org.bayes4j.spi.constraint;
