package org.bayes4j.cli.io;

import org.bayes4j.spi.sampler.SamplerConfig;

/**
 * The settings a CmdStan CSV header records, in CmdStan's vocabulary.
 *
 * @param model      model name ({@code # model = ...})
 * @param dataSource data file or description ({@code # data / file = ...})
 * @param sampler    bayes4j sampler name; {@code nuts} is written as CmdStan's {@code algorithm = hmc, engine = nuts}
 * @param config     the sampling settings
 */
public record RunSettings(String model, String dataSource, String sampler, SamplerConfig config) {

    /** CmdStan's metric names: {@code diag_e}, {@code dense_e}, {@code unit_e}. */
    public String cmdStanMetric() { return config.metric() + "_e"; }
}
