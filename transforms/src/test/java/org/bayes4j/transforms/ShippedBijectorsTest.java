package org.bayes4j.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.bijector.BijectorRegistry;
import org.bayes4j.spi.constraint.*;
import org.bayes4j.testkit.Tolerance;
import org.bayes4j.testkit.contract.BijectorContract;
import org.junit.jupiter.api.Test;

/**
 * The installed registry resolves every continuous constraint of the spi to
 * exactly one provider, every installed provider has a contract test in
 * {@link ShippedBijectors}, and {@code module-info} and the services file
 * declare the same providers. The list of constraints is read from the spi's
 * {@code constraint} package itself, so a constraint added there fails this
 * test until it has an example here (and a bijector, if continuous).
 */
class ShippedBijectorsTest {

    /** One valid instance of every constraint record in the spi (two for ZeroSum: trailing and inner axis). */
    static final Map<Class<?>, List<Constraint>> EXAMPLES = new LinkedHashMap<>();
    static {
        example(Real.INSTANCE);
        example(Positive.INSTANCE);
        example(NonNegative.INSTANCE);
        example(new LowerBounded(-1.0));
        example(new UpperBounded(2.0));
        example(new Interval(0.0, 5.0));
        example(UnitInterval.INSTANCE);
        example(Probability.INSTANCE);
        example(Simplex.INSTANCE);
        example(ZeroSum.lastAxes(2));
        example(new ZeroSum(List.of(-2)));
        example(Ordered.INSTANCE);
        example(PositiveOrdered.INSTANCE);
        example(CholeskyCorrelation.INSTANCE);
        example(CholeskyCovariance.INSTANCE);
        example(Correlation.INSTANCE);
        example(PositiveDefinite.INSTANCE);
        example(NonNegativeInteger.INSTANCE);
        example(new IntegerInterval(0, 3));
    }

    private static void example(Constraint c) { EXAMPLES.computeIfAbsent(c.getClass(), k -> new ArrayList<>()).add(c); }

    @Test void examplesCoverEveryConstraintOfTheSpi() throws Exception {
        Set<String> inSpi = new TreeSet<>();
        for (String name : classesInPackage(Constraint.class)) {
            Class<?> type = Class.forName(name);
            if (Constraint.class.isAssignableFrom(type) && !type.isInterface()) inSpi.add(type.getName());
        }
        Set<String> covered = EXAMPLES.keySet().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(inSpi, covered, "constraints in the spi vs examples in this test");
    }

    @Test void everyContinuousConstraintResolvesToExactlyOneProvider() {
        BijectorRegistry registry = BijectorRegistry.installed();
        for (List<Constraint> list : EXAMPLES.values()) {
            for (Constraint c : list) {
                List<String> handling = registry.providers().stream().filter(p -> p.handles(c)).map(BijectorProvider::name).toList();
                if (c.isDiscrete()) {
                    assertEquals(List.of(), handling, c.name() + " is discrete and has no bijector");
                    IllegalStateException e = assertThrows(IllegalStateException.class, () -> registry.providerFor(c));
                    assertTrue(e.getMessage().contains("no Bijector for " + c.name()), e.getMessage());
                    continue;
                }
                assertEquals(1, handling.size(), c.name() + " is handled by " + handling);
                int[] shape = feasibleShape(c);
                Bijector b = registry.create(c, shape);
                double[] y = new double[Shapes.size(shape)];
                c.feasiblePoint(shape, y);
                double[] x = new double[b.unconstrainedSize()];
                b.inverse(y, 0, x, 0);
                double[] again = new double[y.length];
                double logDet = b.forward(x, 0, again, 0);
                assertTrue(Double.isFinite(logDet) && c.contains(again, shape), c.name() + " via " + handling);
                Tolerance.assertClose(c.name() + ": forward(inverse(feasible point))", again, y, 1e-12, 1e-12);
            }
        }
    }

    @Test void everyInstalledProviderHasAContractTest() {
        Set<String> tested = ShippedBijectors.contracts().stream()
                .map(BijectorContract::providerUnderTest).map(p -> p.getClass().getName()).collect(Collectors.toSet());
        for (BijectorProvider p : BijectorRegistry.installed().providers()) {
            assertTrue(tested.contains(p.getClass().getName()), p.name() + " (" + p.getClass().getName() + ") has no contract test");
        }
        for (BijectorContract contract : ShippedBijectors.contracts()) {
            assertTrue(contract.getClass().getSimpleName().endsWith("Test"), contract.getClass() + " would not run under surefire");
        }
    }

    @Test void moduleInfoAndServicesFileDeclareTheSameProviders() throws IOException {
        String moduleInfo = Files.readString(Path.of("src/main/java/module-info.java"));
        String provides = moduleInfo.substring(moduleInfo.indexOf("BijectorProvider with") + "BijectorProvider with".length(), moduleInfo.indexOf(';', moduleInfo.indexOf("BijectorProvider with")));
        Set<String> declared = Arrays.stream(provides.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new));
        Set<String> services = Files.readAllLines(Path.of("src/main/resources/META-INF/services/org.bayes4j.spi.bijector.BijectorProvider"))
                .stream().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(services, declared);
        Set<String> installed = BijectorRegistry.installed().providers().stream().map(p -> p.getClass().getName()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(services, installed);
    }

    private static int[] feasibleShape(Constraint c) {
        switch (c.eventRank()) {
            case 0: return new int[] {3};
            case 1: return new int[] {2, 3};
            default: return new int[] {2, 3, 3};
        }
    }

    /** Names of the classes in the package of {@code anchor}, read from its jar or class directory. */
    private static List<String> classesInPackage(Class<?> anchor) throws IOException, URISyntaxException {
        String pkg = anchor.getPackageName(), dir = pkg.replace('.', '/');
        File location = new File(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (location.isDirectory()) {
            File[] files = new File(location, dir).listFiles();
            for (File f : files == null ? new File[0] : files) {
                String n = f.getName();
                if (n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class")) names.add(pkg + "." + n.substring(0, n.length() - 6));
            }
        } else {
            try (JarFile jar = new JarFile(location)) {
                jar.stream().map(e -> e.getName())
                        .filter(n -> n.startsWith(dir + "/") && n.endsWith(".class") && n.indexOf('/', dir.length() + 1) < 0 && !n.contains("$")
                                && !n.endsWith("package-info.class"))
                        .forEach(n -> names.add(n.substring(0, n.length() - 6).replace('/', '.')));
            }
        }
        assertTrue(!names.isEmpty(), "found no classes of " + pkg + " at " + location);
        return names;
    }
}
