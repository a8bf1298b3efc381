package org.bayes4j.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;

import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.validation.ValidationReport;
import org.bayes4j.spi.validation.ValidationSettings;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fast validation level over every installed {@link ModelProvider}
 * (shipped or plug-in, found by {@code ServiceLoader}): SBC and recovery with
 * NUTS, 2 chains x 150 + 150, at each model's {@code validationSizes()}, with
 * the replicate count chosen from a fixed work budget (20 to 60 replicates,
 * see {@link org.bayes4j.validation.sbc.SbcRun}). A calibrated model fails with
 * probability at most 3 x 0.001 (see {@link SbcAnalysis}).
 *
 * <p>Detection power kept at this level: with R = 20..60 replicates the tests
 * catch gross miscalibration of any one quantity: a posterior location off by
 * about one posterior sd or more, a scale wrong by a factor of about 2 or
 * more, or a joint log-likelihood far from its posterior predictive range
 * (the power tests in {@code org.bayes4j.validation.power} show three such
 * errors caught). Subtle errors (a 10% scale error) need the full level
 * ({@code bayes4j validate}, 200 replicates).
 *
 * <p>Knobs: {@code -Dbayes4j.validation.replicates=N} fixes the count for every
 * model; {@code -Dbayes4j.validation.workBudget=W} changes the adaptive budget.
 */
class FastLevelCertifiesEveryModelTest {

    @TestFactory
    Stream<DynamicTest> everyInstalledModelPassesTheFastLevel() {
        return ModelCatalogue.installed().providers().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            ValidationReport r = new SbcValidationProvider().validate(p,
                    ValidationSettings.fast().withReplicates(Integer.getInteger("bayes4j.validation.replicates", 0)), org.bayes4j.spi.validation.ValidationListener.NONE);
            System.out.printf("%s: %d replicates, %.1f s, %d with divergences, %d with R-hat > 1.01, passed %s%n", p.name(), r.replicates(),
                    r.wallSeconds(), r.replicatesWithDivergences(), r.replicatesWithHighRhat(), r.passed());
            assertTrue(r.passed(), p.name() + " failed the fast validation level: " + r.failures());
        }));
    }
}
