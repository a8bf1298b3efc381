/**
 * bayes4j samplers: the No-U-Turn sampler as Stan runs it, static HMC and
 * random-walk Metropolis, with warm-up adaptation kept apart from the kernels.
 * Exports nothing; found through {@code ServiceLoader}.
 */
module org.bayes4j.samplers {
    requires org.bayes4j.spi;
    requires org.apache.commons.rng.simple;
    requires org.apache.commons.rng.sampling;

    provides org.bayes4j.spi.sampler.SamplerProvider
        with org.bayes4j.samplers.nuts.NutsProvider, org.bayes4j.samplers.hmc.StaticHmcProvider,
             org.bayes4j.samplers.rwm.RwmProvider;
}
