package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bayes4j.cli.io.LogLikelihoodCsv;
import org.bayes4j.cli.io.LogLikelihoodCsvReader;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bayes4j fit --output}: the CmdStan CSV files carry the deterministics,
 * and the pointwise log likelihood is written in the layout {@code bayes4j loo}
 * reads, with values equal to the likelihood recomputed by hand from the drawn
 * parameters.
 */
class FitOutputTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writesDeterministicsAndALogLikelihoodFileThatLooReads() throws Exception {
        CommandLineTest.Run fit = run(PluginModels.services(), "fit", PluginModels.PoissonSites.NAME, "--chains", "2", "--warmup", "200",
                "--draws", "150", "--seed", "3", "--output", dir.toString(), "--json");
        assertEquals(0, fit.exitCode(), fit.err());
        Path logLikFile = dir.resolve("plugin-poisson-log_lik.csv");
        assertTrue(fit.err().contains("wrote " + logLikFile), fit.err());

        List<String> chain1 = Files.readAllLines(dir.resolve("plugin-poisson-1.csv")).stream().filter(l -> !l.startsWith("#")).toList();
        List<String> header = Arrays.asList(chain1.get(0).split(","));
        assertEquals(List.of("a", "b", "rate.1"), header.subList(7, 10), "parameters, then the deterministic as extra columns");
        assertEquals(7 + 2 + PluginModels.PoissonSites.ROWS, header.size());

        LogLikelihoodCsv ll = LogLikelihoodCsvReader.read(logLikFile);
        assertEquals(300, ll.numDraws());
        assertEquals(2, ll.numChains());
        assertEquals("y[0]", ll.observations().get(0));
        assertEquals(PluginModels.PoissonSites.ROWS, ll.numObservations());
        // row s of the file is draw s of chain 1: log p(y_i | a, b) recomputed from the CmdStan CSV
        ModelData data = new PluginModels.PoissonSites().defaultData();
        int[] y = data.ints("y");
        double[] x = data.doubles("x");
        for (int s : new int[] {0, 77, 149}) {
            String[] row = chain1.get(1 + s).split(",");
            double a = Double.parseDouble(row[7]), b = Double.parseDouble(row[8]);
            for (int i = 0; i < y.length; i++) {
                double logRate = a + b * x[i];
                double expected = y[i] * logRate - Math.exp(logRate) - PluginModels.logFactorial(y[i]);
                assertEquals(expected, ll.logLik()[s][i], 1e-9 * (1 + Math.abs(expected)), "draw " + s + ", y[" + i + "]");
                assertEquals(Math.exp(logRate), Double.parseDouble(row[9 + i]), 1e-9 * Math.exp(logRate), "rate[" + i + "]");
            }
        }

        CommandLineTest.Run summaryOfAll = run(PluginModels.services(), "summary", dir.resolve("plugin-poisson-1.csv").toString(),
                logLikFile.toString());
        assertEquals(1, summaryOfAll.exitCode());
        assertEquals("bayes4j: " + logLikFile + ": a pointwise log-likelihood file (for 'bayes4j loo'), not a CmdStan CSV file;"
                + " pass only the chain files (MODEL-1.csv, MODEL-2.csv, ...)\n", summaryOfAll.err());

        CommandLineTest.Run loo = run(PluginModels.services(), "loo", logLikFile.toString(), "--json");
        assertEquals(0, loo.exitCode(), loo.err());
        JsonNode root = JSON.readTree(loo.out());
        assertEquals(PluginModels.PoissonSites.ROWS, root.get("pareto_k").size());
        double elpd = root.get("elpd_loo").asDouble();
        // two parameters: p_loo near 2, elpd a little below the in-sample lpd
        assertTrue(root.get("p_loo").asDouble() > 0.5 && root.get("p_loo").asDouble() < 5, loo.out());
        assertTrue(Double.isFinite(elpd) && elpd < 0, loo.out());
    }

    /** A chain that fails keeps its draws in its CmdStan file; the log likelihood uses the complete chains, as the summary. */
    @Test
    void failedChainKeepsItsDrawsAndTheLogLikelihoodUsesTheCompleteChains() throws Exception {
        ServiceLookup real = PluginModels.services();
        SamplerProvider failing = new LastChainFails(real.sampler("nuts"), 40);
        ServiceLookup services = ServiceLookup.of(real.models(), List.of(failing), List.of(real.summarizer()));
        CommandLineTest.Run fit = run(services, "fit", PluginModels.PoissonSites.NAME, "--chains", "3", "--warmup", "150",
                "--draws", "100", "--seed", "5", "--output", dir.toString());
        assertEquals(1, fit.exitCode(), fit.err());
        assertTrue(fit.err().contains("the 2 chain(s) x 100 draws the summary uses; the CmdStan CSV files keep all 240"), fit.err());
        long rows = Files.readAllLines(dir.resolve("plugin-poisson-3.csv")).stream().filter(l -> !l.startsWith("#")).count();
        assertEquals(1 + 40, rows, "header plus the 40 draws the failed chain made");
        LogLikelihoodCsv ll = LogLikelihoodCsvReader.read(dir.resolve("plugin-poisson-log_lik.csv"));
        assertEquals(200, ll.numDraws());
        assertEquals(2, ll.numChains());
        assertFalse(fit.err().contains("Exception"), fit.err());
    }

    @Test
    void aModelObservingNothingHasNoLogLikelihoodToWrite() throws Exception {
        ServiceLookup services = ServiceLookup.fromServiceLoader().withModels(List.of(new Fakes.CoinModel("coin")));
        CommandLineTest.Run fit = run(services, "fit", "coin", "--chains", "1", "--warmup", "50", "--draws", "50", "--seed", "1",
                "--output", dir.toString(), "--json");
        assertEquals(0, fit.exitCode(), fit.err());
        assertTrue(fit.err().contains("bayes4j: no pointwise log likelihood written: model 'coin' observes no data"), fit.err());
        assertTrue(Files.exists(dir.resolve("coin-1.csv")));
        assertFalse(Files.exists(dir.resolve("coin-log_lik.csv")));
        CommandLineTest.Run ppc = run(services, "ppc", "coin", "--seed", "1");
        assertEquals(1, ppc.exitCode());
        assertEquals("bayes4j: model 'coin' observes no data: there is nothing to check\n", ppc.err());
    }

    /** The real sampler, with its last chain cut short as if it had failed part-way. */
    static final class LastChainFails implements SamplerProvider {
        private final SamplerProvider real;
        private final int keep;

        LastChainFails(SamplerProvider real, int keep) {
            this.real = real;
            this.keep = keep;
        }

        @Override public String name() { return real.name(); }
        @Override public String description() { return "fails its last chain"; }
        @Override public Draws sample(SamplingTarget target, SamplerConfig config, ProgressListener progress) {
            Draws d = real.sample(target, config, progress);
            List<ChainDraws> chains = new ArrayList<>(d.chains());
            ChainDraws last = chains.get(chains.size() - 1);
            chains.set(chains.size() - 1, new ChainDraws(Arrays.copyOf(last.draws(), keep), last.stats().subList(0, keep),
                    last.warmupDraws(), last.warmupStats(), last.stepSize(), last.inverseMetric(), last.warmupSeconds(),
                    last.samplingSeconds(), last.gradientEvaluations(), "log density is NaN (test)"));
            return new Draws(d.variables(), chains, d.metadata());
        }
    }
}
