package org.bayes4j.models.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;

/**
 * Locates the repository root and the shared data sets beside it. The data
 * sets are never copied into the repository; a test that needs one skips
 * (with a message saying where it looked) when it is absent.
 */
public final class RepositoryFiles {

    private RepositoryFiles() {}

    /** Walks up from {@code user.dir} to the folder holding {@code .git} or the parent pom (one with {@code <modules>}). */
    public static Path repositoryRoot() {
        Path start = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve(".git")) || isParentPom(p.resolve("pom.xml"))) return p;
        }
        throw new IllegalStateException("no repository root (a folder with .git or the parent pom.xml) above " + start);
    }

    /** {@code ../shared/datasets/<file>} relative to the repository root; skips the calling test when absent. */
    public static Path sharedDataset(String file) {
        Path path = repositoryRoot().resolve("../shared/datasets").resolve(file).normalize();
        Assumptions.assumeTrue(Files.isRegularFile(path),
                "skipped: shared data set " + path + " is absent (data sets live beside the repository, in ../shared/datasets)");
        return path;
    }

    /** {@code ../shared/fixtures/<relative>} relative to the repository root, or {@code null} when absent. */
    public static Path sharedFixtureOrNull(String relative) {
        Path path = repositoryRoot().resolve("../shared/fixtures").resolve(relative).normalize();
        return Files.exists(path) ? path : null;
    }

    /** A test resource's bytes ({@code fixtures/stan/reedfrog/data.json}). */
    public static byte[] resource(String name) {
        try (InputStream in = RepositoryFiles.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("test resource " + name + " is missing");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isParentPom(Path pom) {
        try {
            return Files.isRegularFile(pom) && Files.readString(pom).contains("<modules>");
        } catch (IOException e) {
            return false;
        }
    }
}
