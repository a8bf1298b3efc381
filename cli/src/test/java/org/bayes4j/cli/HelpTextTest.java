package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The help of the commands says what files {@code fit --output} writes and how the JSON of ppc and kfold is laid out. */
class HelpTextTest {

    static String help(String command) {
        CommandLineTest.Run r = run(PluginModels.services(), command, "--help");
        assertEquals(0, r.exitCode(), r.err());
        return r.out().replaceAll("\\s+", " ");
    }

    @Test
    void fitOutputNamesItsFiles() {
        String fit = help("fit");
        assertTrue(fit.contains("MODEL-<chain>.csv into DIR (parameters, then the deterministics as extra columns)"), fit);
        assertTrue(fit.contains("the pointwise log likelihood as MODEL-log_lik.csv"), fit);
    }

    @Test
    void ppcAndKfoldDocumentTheirJson() {
        assertTrue(help("ppc").contains("STAT = {label, observed, mean, sd, lower, upper, inside}"));
        assertTrue(help("kfold").contains("per_fold: [{fold, rows, groups (with --by), elpd}]"));
        assertTrue(help("kfold").contains("--by=VAR"));
    }
}
