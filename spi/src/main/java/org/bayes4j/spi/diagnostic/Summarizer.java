package org.bayes4j.spi.diagnostic;

import org.bayes4j.spi.draws.Draws;

/**
 * Builds the summary table of a fit ({@code ServiceLoader} service), like
 * ArviZ's {@code az.summary} with the {@code posterior} package's diagnostics.
 */
public interface Summarizer {

    Summary summarize(Draws draws, SummaryOptions options);
}
