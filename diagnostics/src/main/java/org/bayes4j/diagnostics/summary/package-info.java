/**
 * The summary table of a fit (ArviZ's {@code az.summary} columns with
 * {@code posterior}'s estimators) and the run-level checks with their warnings:
 * R-hat, ESS, divergences, tree depth, E-BFMI, chains that stopped early.
 */
package org.bayes4j.diagnostics.summary;
