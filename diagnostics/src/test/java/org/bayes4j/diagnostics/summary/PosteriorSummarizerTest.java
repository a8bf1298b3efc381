package org.bayes4j.diagnostics.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;
import org.bayes4j.diagnostics.convergence.HighestDensityInterval;
import org.bayes4j.diagnostics.convergence.Quantiles;
import org.bayes4j.diagnostics.convergence.Rhat;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.diagnostic.Summarizer;
import org.bayes4j.spi.diagnostic.Summary;
import org.bayes4j.spi.diagnostic.SummaryOptions;
import org.bayes4j.spi.diagnostic.SummaryRow;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.SampleStats;
import org.bayes4j.testkit.Gen;
import org.junit.jupiter.api.Test;

/** The summary table and its warnings, through the {@code ServiceLoader} service. */
class PosteriorSummarizerTest {

    static Summarizer summarizer() {
        List<Summarizer> all = new ArrayList<>();
        ServiceLoader.load(Summarizer.class).forEach(all::add);
        assertEquals(1, all.size(), "exactly one Summarizer service");
        return all.get(0);
    }

    /** Chains of (mu, theta[0], theta[1]); energy per stats row; optional per-chain shifts of mu to break mixing. */
    static Draws fit(Gen g, int chains, int n, double[] muShift, boolean divergeOnce, int treeDepth, boolean randomWalkEnergy,
                     String failure, Map<String, String> metadata) {
        List<ChainDraws> out = new ArrayList<>();
        for (int c = 0; c < chains; c++) {
            double[][] d = new double[n][3];
            List<SampleStats> stats = new ArrayList<>();
            double energy = 0;
            for (int i = 0; i < n; i++) {
                d[i][0] = g.normal() + muShift[c];
                d[i][1] = g.normal() * 2 + 1;
                d[i][2] = 5; // constant quantity
                energy = randomWalkEnergy ? energy + 0.05 * g.normal() : g.normal();
                stats.add(new SampleStats(-1, 0.8, 0.1, treeDepth, 7, divergeOnce && c == 0 && i == 3, energy));
            }
            out.add(new ChainDraws(d, stats, new double[0][0], List.of(), 0.1, new double[0], 0, 0, 0, c == chains - 1 ? failure : null));
        }
        List<VariableInfo> vars = List.of(VariableInfo.scalar("mu"), VariableInfo.vector("theta", 2));
        return new Draws(vars, out, metadata);
    }

    @Test
    void rowsAgreeWithTheDiagnosticsAndAHealthyRunHasOnlyTheConstantNote() {
        Draws draws = fit(Gen.seeded(1), 4, 500, new double[4], false, 3, false, null, Map.of());
        Summary s = summarizer().summarize(draws, new SummaryOptions(0.9, List.of(0.05, 0.5, 0.975)));
        assertEquals(3, s.rows().size());
        SummaryRow mu = s.rows().get(0);
        double[][] x = draws.quantity("mu");
        assertEquals("mu", mu.name());
        assertEquals(Rhat.rhat(x), mu.rhat());
        assertEquals(EffectiveSampleSize.bulk(x), mu.essBulk());
        assertEquals(EffectiveSampleSize.tail(x), mu.essTail());
        assertEquals(HighestDensityInterval.of(x, 0.9)[0], mu.hdiLower());
        assertEquals(Quantiles.quantile(x, 0.975), mu.quantiles().get("97.5%"));
        assertEquals(Set3.of("5%", "50%", "97.5%"), mu.quantiles().keySet());
        assertEquals(0, s.divergences());
        assertEquals(0, s.treeDepthSaturated());
        assertEquals(4, s.ebfmi().size());
        SummaryRow constant = s.rows().get(2);
        assertTrue(Double.isNaN(constant.rhat()) && Double.isNaN(constant.essBulk()));
        assertEquals(5.0, constant.mean());
        assertEquals(1, s.warnings().size(), s.warnings().toString());
        assertTrue(s.warnings().get(0).contains("undefined") && s.warnings().get(0).contains("theta[1]"), s.warnings().toString());
    }

    @Test
    void everyProblemIsReportedInPlainWordsNamingTheQuantities() {
        Draws draws = fit(Gen.seeded(2), 4, 200, new double[] {0, 0, 3, 3}, true, 10, true, "log density not finite at iteration 200",
                Map.of());
        Summary s = summarizer().summarize(draws, SummaryOptions.defaults());
        String all = String.join("\n", s.warnings());
        System.out.println("example warnings:\n" + all);
        assertTrue(all.contains("R-hat above 1.01 for 1 of 3 quantities (worst mu"), all);
        assertTrue(all.contains("ess_bulk below 400 (100 per chain)") && all.contains("mu ("), all);
        assertTrue(all.contains("1 divergent transition after warm-up; consider increasing target acceptance or reparameterising"), all);
        assertTrue(all.contains("800 of 800 transitions hit the maximum tree depth of 10"), all);
        assertTrue(all.contains("E-BFMI below 0.3 in chain 1"), all);
        assertTrue(all.contains("chain 4 stopped early after 200 draws: log density not finite"), all);
        assertEquals(1, s.divergences());
        assertEquals(800, s.treeDepthSaturated());
    }

    @Test
    void maxTreeDepthComesFromTheMetadata() {
        Draws draws = fit(Gen.seeded(3), 2, 100, new double[2], false, 10, false, null, Map.of("max_tree_depth", "12"));
        assertEquals(0, summarizer().summarize(draws, SummaryOptions.defaults()).treeDepthSaturated());
    }

    @Test
    void veryShortChainsGiveUndefinedDiagnosticsNotExceptions() {
        for (int n : new int[] {1, 2, 3}) {
            Draws draws = fit(Gen.seeded(n), 2, n, new double[2], false, 1, false, null, Map.of());
            Summary s = summarizer().summarize(draws, SummaryOptions.defaults());
            SummaryRow mu = s.rows().get(0);
            assertTrue(Double.isNaN(mu.essBulk()) && Double.isNaN(mu.rhat()), "n = " + n);
            assertTrue(Double.isFinite(mu.mean()) && mu.hdiLower() <= mu.hdiUpper(), "n = " + n);
        }
    }

    /** Small helper to build an unordered set for comparison with a key set. */
    static final class Set3 {
        static java.util.Set<String> of(String... s) { return java.util.Set.of(s); }
    }
}
