package org.bayes4j.distributions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.contract.DistributionFamilyContract;
import org.bayes4j.testkit.contract.DistributionVectorFamilyContract;
import org.junit.jupiter.api.Test;

/**
 * The registry of shipped families: every family this module provides through
 * {@code ServiceLoader} has a {@link DistributionFamilyContract} or {@link DistributionVectorFamilyContract}
 * subclass among the tests (found by
 * scanning the compiled tests, so there is no hand-kept list to forget), names are unique, and
 * {@code module-info} provides exactly the families the {@code META-INF/services} file lists.
 */
class EveryShippedFamilyIsCertifiedTest {

    @Test
    void everyProvidedFamilyHasAContractTest() throws Exception {
        Set<String> shipped = new TreeSet<>();
        for (DistributionFamily f : ServiceLoader.load(DistributionFamily.class)) {
            if (f.getClass().getName().startsWith("org.bayes4j.distributions.")) {
                assertTrue(shipped.add(f.name()), "two shipped families are named " + f.name());
            }
        }
        assertFalse(shipped.isEmpty(), "no families found through ServiceLoader");
        Set<String> certified = new TreeSet<>();
        for (Object contract : contracts()) {
            Class<?> base = contract instanceof DistributionFamilyContract ? DistributionFamilyContract.class : DistributionVectorFamilyContract.class;
            Method family = base.getDeclaredMethod("family");
            family.setAccessible(true);
            certified.add(((DistributionFamily) family.invoke(contract)).name());
        }
        Set<String> uncertified = new TreeSet<>(shipped);
        uncertified.removeAll(certified);
        assertTrue(uncertified.isEmpty(), "shipped families without a contract test: " + uncertified);
    }

    @Test
    void moduleInfoProvidesExactlyTheServiceFile() throws IOException {
        Path moduleInfo = Path.of("src/main/java/module-info.java");
        Path services = Path.of("src/main/resources/META-INF/services/" + DistributionFamily.class.getName());
        if (!Files.exists(moduleInfo)) return; // not run from the module directory
        String source = Files.readString(moduleInfo);
        Matcher m = Pattern.compile("provides\\s+org\\.bayes4j\\.spi\\.distribution\\.DistributionFamily\\s+with([^;]*);").matcher(source);
        assertTrue(m.find(), "module-info has no provides clause for DistributionFamily");
        Set<String> provided = Stream.of(m.group(1).split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
        Set<String> listed = Files.readAllLines(services).stream().map(String::trim).filter(s -> !s.isEmpty() && !s.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(listed, provided, "module-info provides and META-INF/services must list the same families");
    }

    /** Every concrete contract subclass (scalar-event or vector-event) among the compiled tests. */
    private static List<Object> contracts() throws IOException, URISyntaxException, ReflectiveOperationException {
        Path root = Path.of(EveryShippedFamilyIsCertifiedTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> classNames = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .forEach(p -> classNames.add(root.relativize(p).toString().replace(".class", "").replace('/', '.').replace('\\', '.')));
        }
        List<Object> contracts = new ArrayList<>();
        for (String name : classNames) {
            Class<?> c = Class.forName(name);
            boolean contract = DistributionFamilyContract.class.isAssignableFrom(c) || DistributionVectorFamilyContract.class.isAssignableFrom(c);
            if (contract && !Modifier.isAbstract(c.getModifiers())) {
                var constructor = c.getDeclaredConstructor();
                constructor.setAccessible(true);
                contracts.add(constructor.newInstance());
            }
        }
        return contracts;
    }
}
