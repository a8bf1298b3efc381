package org.bayes4j.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bayes4j.models.testing.RepositoryFiles;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Stan fixtures copied into the test resources are identical, file for
 * file and byte for byte, to {@code ../shared/fixtures/stan/reedfrog} and
 * {@code ../shared/fixtures/stan/mnl_zerosum} (skipped when the shared folder
 * is absent, as on a fresh clone).
 */
class FixtureCopyTest {

    @Test
    void reedFrogFixtureCopyIsByteIdentical() throws IOException {
        assertCopyIdentical("reedfrog");
    }

    @Test
    void sumToZeroCategoricalFixtureCopyIsByteIdentical() throws IOException {
        assertCopyIdentical("mnl_zerosum");
    }

    private static void assertCopyIdentical(String model) throws IOException {
        Path shared = RepositoryFiles.sharedFixtureOrNull("stan/" + model);
        Assumptions.assumeTrue(shared != null, "skipped: ../shared/fixtures/stan/" + model + " is absent");
        List<Path> files;
        try (Stream<Path> s = Files.list(shared)) {
            files = s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        assertFalse(files.isEmpty());
        for (Path f : files) {
            byte[] copy = RepositoryFiles.resource("fixtures/stan/" + model + "/" + f.getFileName());
            assertArrayEquals(Files.readAllBytes(f), copy, "copy of " + f + " differs");
        }
    }
}
