package org.bayes4j.cli.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ServiceLoader;

import org.bayes4j.cli.Bayes4j;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.DistributionSpec;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The SPI works for outsiders: a family defined only in this test source set,
 * registered only by a test services file, is discovered through
 * {@code ServiceLoader}, used in a model by name, sampled by NUTS to the right
 * moments, and listed by {@code bayes4j distributions}.
 */
class PluginFamilyEndToEndTest {

    private static final double EULER_GAMMA = 0.5772156649015329;

    @Test
    void isDiscoveredThroughServiceLoader() {
        assertTrue(ServiceLoader.load(DistributionFamily.class).stream().anyMatch(p -> p.type() == GumbelPluginFamily.class));
    }

    /**
     * NUTS on x ~ Gumbel(1, 2): mean 1 + 2 gamma, variance (pi^2 / 6) 4. Tolerance 5 MCSE
     * of the mean (MCSE from the bulk-ESS the summary reports), false failure about 6e-7.
     */
    @Test
    void isSampledByNutsToItsMoments() {
        Model model = Model.build("plugin", m -> m.param("x", DistributionSpec.of("gumbel_plugin", 1.0, 2.0)));
        CompiledModel compiled = model.compile();
        SamplerProvider nuts = ServiceLoader.load(SamplerProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(s -> s.name().equals("nuts")).findFirst().orElseThrow();
        Draws draws = nuts.sample(compiled, SamplerConfig.defaults().withSeed(11).withWarmup(500), ProgressListener.NONE);
        double[][] x = draws.quantity("x");
        double sum = 0, sumSq = 0;
        int n = 0;
        for (double[] chain : x) for (double v : chain) { sum += v; sumSq += v * v; n++; }
        double mean = sum / n, variance = sumSq / n - mean * mean;
        double trueSd = Math.sqrt(Math.PI * Math.PI / 6 * 4);
        // draws are autocorrelated; a conservative effective size of n / 4 bounds the MCSE
        double mcse = trueSd / Math.sqrt(n / 4.0);
        assertEquals(1 + 2 * EULER_GAMMA, mean, 5 * mcse, "mean of the plug-in family under NUTS");
        assertEquals(Math.PI * Math.PI / 6 * 4, variance, 0.15 * Math.PI * Math.PI / 6 * 4, "variance of the plug-in family under NUTS");
    }

    @Test
    void isListedByTheDistributionsCommand() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new Bayes4j()).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute("distributions");
        assertEquals(0, code);
        assertTrue(out.toString().contains("gumbel_plugin"), out.toString());
    }
}
