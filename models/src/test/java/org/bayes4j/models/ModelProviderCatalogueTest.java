package org.bayes4j.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as a user sees it: every shipped model is found through
 * {@code ServiceLoader} (the {@code META-INF/services} file on the class
 * path), exactly once, with its metadata filled in and consistent with the
 * model it builds.
 */
class ModelProviderCatalogueTest {

    private static final Set<String> SHIPPED = Set.of("eight-schools-centered", "eight-schools-noncentered", "reedfrogs",
            "grouped-multinomial-noncentered", "grouped-multinomial-centered", "dirichlet-multinomial",
            "reedfrogs-noncentered", "reedfrogs-fixed-sigma", "reedfrogs-predators", "reedfrogs-predators-noncentered",
            "confounded-naive", "confounded-fixed-effects", "confounded-multilevel", "confounded-multilevel-centered",
            "confounded-mundlak", "confounded-latent-mundlak", "confounded-mundlak-centered", "confounded-latent-mundlak-centered", "iris-pivot", "iris-sumzero",
            "factors-interaction-centered", "factors-interaction-noncentered", "factors-additive-centered", "factors-additive-noncentered",
            "masked-multinomial",
            "masked-multinomial-slopes-centered",
            "masked-multinomial-slopes-noncentered",
            "masked-multinomial-mixture", "trolley", "trolley-centered");

    @Test
    void everyShippedModelIsFoundOnceByServiceLoader() {
        List<String> names = Providers.all().stream().map(ModelProvider::name).collect(Collectors.toList());
        for (String name : SHIPPED) {
            assertEquals(1, names.stream().filter(name::equals).count(), name + " found " + names);
        }
    }

    @Test
    void metadataIsFilledIn() {
        for (String name : SHIPPED) {
            ModelProvider p = Providers.named(name);
            assertFalse(p.description().isBlank(), name + " description");
            assertFalse(p.references().isEmpty(), name + " references");
            assertFalse(p.dataVariables().isEmpty(), name + " data variables");
            assertFalse(p.defaultSizes().isEmpty(), name + " default sizes");
            for (DataVariable v : p.dataVariables()) {
                assertTrue(Set.of("int", "real", "string").contains(v.type()), name + "." + v.name() + " type " + v.type());
                assertFalse(v.description().isBlank(), name + "." + v.name() + " description");
            }
        }
    }

    @Test
    void checkedParametersAreFreeVariablesOfTheBuiltModel() {
        for (String name : SHIPPED) {
            ModelProvider p = Providers.named(name);
            Model m = p.build(p.defaultData());
            assertEquals(name, m.name());
            List<String> free = m.freeVariables().stream().map(Var::name).collect(Collectors.toList());
            assertTrue(free.containsAll(p.checkedParameters()), name + ": checked " + p.checkedParameters() + " not all in " + free);
        }
    }

    @Test
    void referencesCiteTheSources() {
        assertTrue(Providers.named("eight-schools-centered").references().stream().anyMatch(r -> r.contains("Rubin")));
        assertTrue(Providers.named("eight-schools-noncentered").references().stream().anyMatch(r -> r.contains("5.5")));
        List<String> frogs = Providers.named("reedfrogs").references();
        assertTrue(frogs.stream().anyMatch(r -> r.contains("Statistical Rethinking") && r.contains("13.1")), frogs.toString());
        assertTrue(frogs.stream().anyMatch(r -> r.contains("Vonesh")), frogs.toString());
        for (String name : SHIPPED) {
            if (name.startsWith("confounded")) {
                assertTrue(Providers.named(name).references().stream().anyMatch(r -> r.contains("Mundlak") && r.contains("1978")), name);
            }
            if (name.endsWith("noncentered") || name.equals("confounded-multilevel") || name.equals("confounded-mundlak")
                    || name.equals("confounded-latent-mundlak")) {
                assertTrue(Providers.named(name).references().stream().anyMatch(r -> r.contains("Papaspiliopoulos")), name);
            }
        }
    }

    @Test
    void validationSizesAreSmallerThanTheDefaultsWithTheSameKeys() {
        for (String name : SHIPPED) {
            if (name.startsWith("eight-schools")) continue;
            ModelProvider p = Providers.named(name);
            assertEquals(p.defaultSizes().keySet(), p.validationSizes().keySet(), name);
            // Structural sizes (the number of categories) may stay; the sizes that cost time must shrink.
            boolean smaller = false;
            for (String key : p.defaultSizes().keySet()) {
                int validation = p.validationSizes().get(key);
                int defaults = p.defaultSizes().get(key);
                assertTrue(validation <= defaults, name + " " + key + ": " + p.validationSizes());
                smaller |= validation < defaults;
            }
            assertTrue(smaller, name + ": validation sizes " + p.validationSizes() + " not smaller than " + p.defaultSizes());
        }
    }
}
