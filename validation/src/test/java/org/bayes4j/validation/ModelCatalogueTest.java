package org.bayes4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ModelCatalogueTest {

    @Test
    void findsTheShippedModelsThroughServiceLoader() {
        ModelCatalogue catalogue = ModelCatalogue.installed();
        assertTrue(catalogue.names().containsAll(java.util.List.of("eight-schools-centered", "eight-schools-noncentered", "reedfrogs")),
                "installed models: " + catalogue.names());
        assertEquals("reedfrogs", catalogue.byName("reedfrogs").name());
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelCatalogue.installed().byName("nope"));
        assertTrue(e.getMessage().contains("no model named 'nope'") && e.getMessage().contains("reedfrogs"), e.getMessage());
    }
}
