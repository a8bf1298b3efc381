package org.bayes4j.cli;

import static org.bayes4j.cli.CommandLineTest.assertNoStackTrace;
import static org.bayes4j.cli.CommandLineTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad data handed to a command is caught by the model's own checks (an
 * {@code IllegalArgumentException} from {@code build}) or by the data reader,
 * and reaches the user as one line naming the variable, row and value, with
 * exit code 1 and no stack trace, whichever command reads the data.
 */
class BadDataTest {

    @TempDir
    Path dir;

    private Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private void assertUserError(String expectedMessage, String... args) {
        CommandLineTest.Run r = run(PluginModels.services(), args);
        assertEquals(Bayes4j.EXIT_USER_ERROR, r.exitCode(), r.err());
        assertEquals("bayes4j: " + expectedMessage + "\n", r.err());
        assertNoStackTrace(r);
    }

    @Test
    void groupIndexOutOfRange() throws Exception {
        Path data = csv("sites.json", "{\"y\": [1, 2, 3], \"x\": [0.1, 0.2, 0.3], \"site\": [0, 7, 1], \"S\": 4}");
        assertUserError("plugin-poisson: data 'site'[1] is 7, but must index 'site' (0..3)",
                "fit", "plugin-poisson", "--data", data.toString(), "--seed", "1");
    }

    @Test
    void categoryOutsideItsRange() throws Exception {
        Path data = csv("cats.csv", "y\n0\n2\n3\n");
        assertUserError(data + ": variable 'y' row 3 is 3, but must be a category 0..2",
                "fit", "plugin-categorical", "--data", data.toString(), "--seed", "1");
    }

    @Test
    void negativeCount() throws Exception {
        Path data = csv("neg.csv", "y,x,site\n1,0.1,0\n-4,0.2,1\n");
        assertUserError(data + ": variable 'y' row 2 is -4, but counts must be >= 0",
                "fit", "plugin-poisson", "--data", data.toString(), "--seed", "1");
    }

    @Test
    void nonNumericCell() throws Exception {
        Path data = csv("text.csv", "y,x,site\n1,0.1,0\n2,abc,1\n");
        assertUserError(data + ":3, column 'x': 'abc' is not a number (the column is numeric)",
                "fit", "plugin-poisson", "--data", data.toString(), "--seed", "1");
        Path leading = csv("text2.csv", "y,x,site\n1,low,0\n2,0.2,1\n");
        assertUserError(leading + ": variable 'x' row 1 is 'low', but must be a number",
                "fit", "plugin-poisson", "--data", leading.toString(), "--seed", "1");
    }

    @Test
    void missingColumn() throws Exception {
        Path data = csv("missing.csv", "y,site\n1,0\n2,1\n");
        assertUserError(data + ": missing variable 'x'; present: [y, site]",
                "fit", "plugin-poisson", "--data", data.toString(), "--seed", "1");
    }

    @Test
    void ppcAndKfoldReportBadDataTheSameWay() throws Exception {
        Path data = csv("neg.csv", "y,x,site\n1,0.1,0\n-4,0.2,1\n");
        String message = data + ": variable 'y' row 2 is -4, but counts must be >= 0";
        assertUserError(message, "ppc", "plugin-poisson", "--data", data.toString(), "--seed", "1");
        assertUserError(message, "kfold", "plugin-poisson", "--folds", "2", "--data", data.toString(), "--seed", "1");
    }
}
