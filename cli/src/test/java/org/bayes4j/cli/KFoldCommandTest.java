package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.assertNoStackTrace;
import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bayes4j kfold}: folds of rows and of groups end to end on a plug-in model, and every refusal. */
class KFoldCommandTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static final String[] FAST = {"--chains", "1", "--warmup", "150", "--draws", "200"};

    static CommandLineTest.Run kfold(String... args) {
        String[] all = new String[args.length + FAST.length + 1];
        all[0] = "kfold";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(FAST, 0, all, 1 + args.length, FAST.length);
        return run(PluginModels.services(), all);
    }

    @Test
    void foldsOfRowsAgreeWithPsisLooAndAddUp() throws Exception {
        CommandLineTest.Run r = kfold("plugin-poisson", "--folds", "3", "--seed", "7", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals(3, root.get("folds").asInt());
        assertTrue(root.get("by").isNull());
        double elpd = root.get("elpd_kfold").asDouble();
        double sum = 0;
        int rows = 0;
        for (JsonNode f : root.get("per_fold")) {
            assertEquals(8, f.get("rows").asInt(), "24 rows in 3 balanced folds");
            sum += f.get("elpd").asDouble();
            rows += f.get("rows").asInt();
        }
        assertEquals(PluginModels.PoissonSites.ROWS, rows);
        assertEquals(elpd, sum, 1e-9, "the per-fold elpd adds up to elpd_kfold");
        assertEquals(PluginModels.PoissonSites.ROWS, root.get("elpd_kfold_pointwise").size());
        assertEquals(-2 * elpd, root.get("kfoldic").asDouble(), 1e-9);
        // two parameters: p_kfold (lpd of the full fit minus elpd_kfold) is positive and of the order of 2
        double p = root.get("p_kfold").asDouble();
        assertTrue(p > 0.5 && p < 8, "p_kfold = " + p);
        assertTrue(root.get("se_elpd_kfold").asDouble() > 0);
        assertEquals(0, root.get("warnings").size(), root.get("warnings").toString());

        // K-fold with K = 3 and PSIS-LOO estimate nearly the same quantity on this well-specified model. Each fold is
        // fitted to 2/3 of the rows, so elpd_kfold is a little pessimistic: below elpd_loo by about p / (K - 1) ~ 1
        // (measured: -46.1 vs -45.2). Scoring the held-out rows in-sample would put it above elpd_loo instead.
        CommandLineTest.Run fit = run(PluginModels.services(), "fit", "plugin-poisson", "--chains", "2", "--warmup", "300",
                "--draws", "500", "--seed", "7", "--output", dir.toString(), "--json");
        assertEquals(0, fit.exitCode(), fit.err());
        JsonNode loo = JSON.readTree(run(PluginModels.services(), "loo", dir.resolve("plugin-poisson-log_lik.csv").toString(), "--json").out());
        double elpdLoo = loo.get("elpd_loo").asDouble();
        assertTrue(elpd < elpdLoo && elpdLoo - elpd < 2.5, "elpd_kfold " + elpd + " vs elpd_loo " + elpdLoo);
    }

    @Test
    void foldsByGroupKeepEachSiteTogether() throws Exception {
        CommandLineTest.Run r = kfold("plugin-poisson", "--folds", "2", "--by", "site", "--seed", "3", "--json", "--no-full-fit");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("site", root.get("by").asText());
        assertTrue(root.get("p_kfold").isNull(), "no full-data fit, no p_kfold");
        Map<Integer, Integer> foldOfSite = new HashMap<>();
        JsonNode folds = root.get("fold_of_row");
        for (int i = 0; i < folds.size(); i++) {
            int site = i % PluginModels.PoissonSites.SITES;
            Integer before = foldOfSite.putIfAbsent(site, folds.get(i).asInt());
            if (before != null) assertEquals(before.intValue(), folds.get(i).asInt(), "all rows of site " + site + " share a fold");
        }
        Set<Integer> listed = new HashSet<>();
        for (JsonNode f : root.get("per_fold")) {
            assertEquals(2, f.get("groups").size(), "4 sites over 2 folds");
            for (JsonNode g : f.get("groups")) {
                listed.add(g.asInt());
                assertEquals(f.get("fold").asInt(), foldOfSite.get(g.asInt()).intValue());
            }
        }
        assertEquals(Set.of(0, 1, 2, 3), listed);
    }

    /** A shipped model's own cross-validation: reed-frog tanks held out by density class (new tanks integrated out). */
    @Test
    void shippedReedFrogsByDensity() throws Exception {
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "kfold", "reedfrogs", "--folds", "3", "--by", "density",
                "--chains", "1", "--warmup", "150", "--draws", "150", "--seed", "2", "--no-full-fit", "--json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode root = JSON.readTree(r.out());
        Set<Integer> groups = new HashSet<>();
        int rows = 0;
        for (JsonNode f : root.get("per_fold")) {
            assertEquals(1, f.get("groups").size(), "three density classes over three folds");
            groups.add(f.get("groups").get(0).asInt());
            rows += f.get("rows").asInt();
        }
        assertEquals(Set.of(0, 1, 2), groups);
        assertEquals(48, rows);
        assertTrue(Double.isFinite(root.get("elpd_kfold").asDouble()) && root.get("elpd_kfold").asDouble() < 0, r.out());
    }

    @Test
    void textReportShowsEstimatesAndTheFoldTable() {
        CommandLineTest.Run r = kfold("plugin-poisson", "--folds", "2", "--by", "site", "--seed", "4");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("2 folds of whole groups of 'site', seed 4"), r.out());
        assertTrue(r.out().matches("(?s).*\\nelpd_kfold +-?\\d+\\.\\d +\\d+\\.\\d\\np_kfold +-?\\d+\\.\\d +\\d+\\.\\d\\nkfoldic .*"), r.out());
        assertTrue(r.out().contains("fold   rows      elpd  groups of site\n0        12 "), r.out());
        assertTrue(r.err().contains("2 + 1 fits of 1 chain(s) x (150 + 200) iterations; seed 4"), r.err());
    }

    @Test
    void refusalsNameWhatIsAllowed() {
        CommandLineTest.Run unknown = kfold("plugin-poisson", "--folds", "2", "--by", "tank", "--seed", "1");
        assertEquals(Bayes4j.EXIT_USER_ERROR, unknown.exitCode());
        assertEquals("bayes4j: model 'plugin-poisson' has no grouping 'tank'; allowed: site\n", unknown.err());
        assertNoStackTrace(unknown);

        CommandLineTest.Run none = kfold("plugin-categorical", "--folds", "2", "--seed", "1");
        assertEquals(Bayes4j.EXIT_USER_ERROR, none.exitCode());
        assertEquals("bayes4j: model 'plugin-categorical' does not support K-fold cross-validation (its rows cannot be held out); "
                + "'bayes4j models' shows which models do\n", none.err());

        CommandLineTest.Run ungrouped = run(ServiceLookup.fromServiceLoader(), "kfold", "iris-sumzero", "--folds", "2", "--by", "species",
                "--seed", "1");
        assertEquals(Bayes4j.EXIT_USER_ERROR, ungrouped.exitCode());
        assertEquals("bayes4j: model 'iris-sumzero' has no groupings to form folds by (--by species); run without --by for folds of rows\n",
                ungrouped.err());

        CommandLineTest.Run one = kfold("plugin-poisson", "--folds", "1", "--seed", "1");
        assertEquals(Bayes4j.EXIT_USER_ERROR, one.exitCode());
        assertTrue(one.err().startsWith("bayes4j: ") && one.err().contains("1"), one.err());
        assertNoStackTrace(one);

        CommandLineTest.Run tooMany = kfold("plugin-poisson", "--folds", "5", "--by", "site", "--seed", "1");
        assertEquals(Bayes4j.EXIT_USER_ERROR, tooMany.exitCode());
        assertTrue(tooMany.err().contains("5") && tooMany.err().contains("4"), tooMany.err());

        CommandLineTest.Run missing = run(PluginModels.services(), "kfold", "plugin-poisson");
        assertEquals(Bayes4j.EXIT_USAGE, missing.exitCode());
        assertTrue(missing.err().contains("Missing required option: '--folds=K'"), missing.err());
    }
}
