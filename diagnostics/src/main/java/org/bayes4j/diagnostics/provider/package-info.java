/**
 * The {@code DiagnosticProvider} services, one per {@code posterior} name
 * ({@code rhat}, {@code ess_bulk}, {@code mcse_q5}, ...), each a one-line binding of a
 * function in {@link org.bayes4j.diagnostics.convergence}.
 */
package org.bayes4j.diagnostics.provider;
