package org.bayes4j.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ServiceLoader;

import org.bayes4j.spi.model.ModelCompiler;
import org.junit.jupiter.api.Test;

/** The compiler is found through {@code ServiceLoader} (the class-path {@code META-INF/services} file). */
class ServiceRegistrationTest {

    @Test void compilerIsInstalled() {
        assertTrue(ServiceLoader.load(ModelCompiler.class).stream().anyMatch(p -> p.type() == AutodiffCompiler.class));
        assertEquals("autodiff", new AutodiffCompiler().name());
    }
}
