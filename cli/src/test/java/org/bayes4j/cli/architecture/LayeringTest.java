package org.bayes4j.cli.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Checks the layering rule on every bayes4j module visible from the command
 * line module (which takes all implementation modules at runtime scope), and
 * proves the rule can fail on a deliberately violating set of classes.
 */
class LayeringTest {

    @Test
    void bayes4jModulesMeetOnlyThroughSpi() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.bayes4j");
        assertTrue(production.stream().anyMatch(c -> c.getPackageName().startsWith("org.bayes4j.spi")),
                "the spi classes should be visible to the rule");
        LayeringRules.modulesMeetOnlyThroughSpi("org.bayes4j").check(production);
    }

    /** Every check can fail: 'alpha' reaching into 'beta' is caught and named. */
    @Test
    void ruleCatchesAModuleReachingIntoAnother() {
        JavaClasses fixture = new ClassFileImporter().importPackages("org.bayes4j.cli.architecture.fixture");
        EvaluationResult result = LayeringRules.modulesMeetOnlyThroughSpi("org.bayes4j.cli.architecture.fixture").evaluate(fixture);
        assertTrue(result.hasViolation(), "the leaky fixture must violate the layering rule");
        String report = result.getFailureReport().toString();
        assertTrue(report.contains("LeakyKernel") && report.contains("InternalHelper"), report);
    }

    /** The same rule accepts modules that only use the spi fixture package. */
    @Test
    void ruleAcceptsDependenciesOnSpi() {
        JavaClasses clean = new ClassFileImporter().importClasses(
                org.bayes4j.cli.architecture.fixture.alpha.CleanKernel.class,
                org.bayes4j.cli.architecture.fixture.spi.Contract.class,
                org.bayes4j.cli.architecture.fixture.beta.InternalHelper.class);
        EvaluationResult result = LayeringRules.modulesMeetOnlyThroughSpi("org.bayes4j.cli.architecture.fixture").evaluate(clean);
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }
}
