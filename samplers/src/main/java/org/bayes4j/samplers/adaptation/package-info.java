/**
 * Warm-up tuning, kept apart from the kernels (BlackJAX's design, Stan's
 * algorithm). Dual averaging drives the step size towards a target acceptance
 * statistic; Welford estimators collect posterior (co)variances inside the
 * windows of Stan's schedule, and each window's regularised estimate becomes the
 * inverse metric. Every object here is immutable; the only effectful piece, the
 * heuristic step-size search, is a function the runner binds to the chain.
 */
package org.bayes4j.samplers.adaptation;
