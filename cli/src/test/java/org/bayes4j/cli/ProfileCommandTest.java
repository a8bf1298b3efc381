package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bayes4j.spi.model.Profile;
import org.junit.jupiter.api.Test;

/** {@code bayes4j profile}: the time shares of a shipped model's compiled graph, and its argument checks. */
class ProfileCommandTest {

    @Test
    void shippedModelIsProfiledPerKindAndPerNode() {
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "profile", "reedfrogs", "--evaluations", "50");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("Profile of reedfrogs"), r.out());
        // every node kind of a multilevel binomial model appears, and the likelihood node is named by its variable
        for (String kind : List.of("\nlikelihood", "\nprior", "\nbijector")) assertTrue(r.out().contains(kind), kind + " in\n" + r.out());
        assertTrue(r.out().matches("(?s).*likelihood\\s+\\S+ ~ binomial_logit.*"), r.out());
    }

    @Test
    void kindSharesAddUpAndNodesAreSortedMostExpensiveFirst() {
        Profile profile = new Profile(10, 1_000_000, List.of(
                new Profile.Entry("op", "exp(x)", 100_000, 0.1),
                new Profile.Entry("likelihood", "y ~ normal", 600_000, 0.6),
                new Profile.Entry("op", "add(a, b)", 300_000, 0.3)));
        String text = ProfileCommand.render("m", "data", profile, 2);
        assertTrue(text.contains("100.00 µs per log density and gradient"), text);
        assertTrue(text.matches("(?s).*\\nlikelihood\\s+60\\.0%\\s+60\\.000\\n.*"), text);
        assertTrue(text.matches("(?s).*\\nop\\s+40\\.0%\\s+40\\.000\\n.*"), text);
        int likelihood = text.lastIndexOf("y ~ normal");
        int add = text.lastIndexOf("add(a, b)");
        assertTrue(likelihood > 0 && add > likelihood, "most expensive first:\n" + text);
        assertTrue(!text.contains("exp(x)"), "--top 2 lists two nodes:\n" + text);
    }

    @Test
    void startingPointIsStansUniformInitialisationAndReproducible() {
        double[] a = ProfileCommand.startingPoint(1000, 7);
        assertEquals(java.util.Arrays.toString(a), java.util.Arrays.toString(ProfileCommand.startingPoint(1000, 7)));
        for (double v : a) assertTrue(v >= -2 && v < 2, "coordinate " + v);
    }

    @Test
    void nonPositiveEvaluationsAreAUserError() {
        CommandLineTest.Run r = run(ServiceLookup.fromServiceLoader(), "profile", "reedfrogs", "--evaluations", "0");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("--evaluations is 0, but must be at least 1"), r.err());
        CommandLineTest.assertNoStackTrace(r);
    }
}
