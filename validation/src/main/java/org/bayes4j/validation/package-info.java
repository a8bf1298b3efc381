/**
 * Certifying models: simulation-based calibration (Talts et al. 2018;
 * Modrák et al. 2023) and parameter recovery, run over every installed
 * {@link org.bayes4j.spi.model.ModelProvider} through the SPI only, and offered
 * to the command line as the {@code sbc}
 * {@link org.bayes4j.spi.validation.ValidationProvider}.
 *
 * <p>A replicate draws parameters from the prior and data from the model's
 * simulator, fits with the chosen sampler, thins the draws by the bulk ESS
 * and ranks the truth of every scalar checked parameter and of the joint
 * log-likelihood among them ({@code sbc.ReplicateFit}). Replicates run in
 * parallel with seeds derived from the master seed and the replicate index,
 * and are cached on disk ({@code sbc.SbcRun}, {@code sbc.ReplicateCache}).
 * {@link org.bayes4j.validation.SbcAnalysis} tests the ranks for uniformity
 * (simultaneous ECDF band with the exactly computed adjusted gamma of
 * Säilynoja, Bürkner &amp; Vehtari 2022, and binned chi-square, each Holm-corrected
 * across quantities) and interval coverage for recovery; {@code report}
 * writes the JSON report and the SVG plots.
 *
 * <p>Two levels: the fast level runs in the test suite over every installed
 * model ({@code ValidationSettings.fast()}: 2 chains x 150 + 150 at the
 * models' validation sizes, 20 to 60 replicates from a work budget); the full
 * level runs on demand ({@code bayes4j validate MODEL|--all}: 200 replicates
 * of 4 chains x 500 + 500 at the default sizes). The power tests prove that
 * a transform without its Jacobian, a sampler without its Metropolis
 * correction and a tempered likelihood are all caught at the fast level.
 */
package org.bayes4j.validation;
