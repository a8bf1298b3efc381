package org.bayes4j.validation.power;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorRegistry;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.validation.QuantityCheck;
import org.bayes4j.spi.validation.ValidationListener;
import org.bayes4j.spi.validation.ValidationReport;
import org.bayes4j.spi.validation.ValidationSettings;
import org.bayes4j.validation.ModelCatalogue;
import org.bayes4j.validation.SbcValidationProvider;
import org.junit.jupiter.api.Test;

/**
 * Every check can fail: validation at the fast level (2 chains x 150 + 150,
 * alpha 0.001 per check family, fixed seed) flags each deliberately broken
 * component plugged in through the SPI, and passes the same set-ups with the
 * correct components. The cheap normal-means model gets 100 replicates and
 * eight schools 20 (the dropped Jacobian makes its posterior improper near
 * tau = 0, so fits are slow and the effect is enormous). At the fixed seed
 * the failing p-values (printed) are orders of magnitude below the Holm
 * thresholds {@code alpha / m} (log_lik of the tempered model: ECDF p 1.7e-9
 * and chi-square 4.5e-6 against 4.8e-5; the unadjusted sampler 1e-145; tau
 * without its Jacobian: chi-square 6.9e-10, ECDF p below 1e-15).
 */
class BrokenComponentsAreCaughtTest {

    private static final ValidationSettings POWER = ValidationSettings.fast().withReplicates(100).withSeed(20260601L);

    private static ValidationReport validate(ModelProvider model, ValidationSettings settings) {
        ValidationReport r = new SbcValidationProvider().validate(model, settings, ValidationListener.NONE);
        System.out.printf("%s with %s: %d replicates, %.1f s, passed %s, failing %s%n", model.name(), settings.sampler(), r.replicates(),
                r.wallSeconds(), r.passed(), r.failures());
        return r;
    }

    private static List<String> failing(ValidationReport r) {
        return r.quantities().stream().filter(QuantityCheck::failed).map(QuantityCheck::name).toList();
    }

    @Test
    void correctNormalMeansPass() {
        ValidationReport r = validate(new NormalMeansTestModel(1.0), POWER);
        assertTrue(r.passed(), r.failures().toString());
        assertEquals(21, r.quantities().size(), "20 means and log_lik");
    }

    /** Likelihood tempered by 0.8: every posterior is too wide, which the joint log-likelihood ranks expose. */
    @Test
    void temperedLikelihoodIsCaught() {
        ValidationReport r = validate(new NormalMeansTestModel(0.8), POWER);
        assertFalse(r.passed());
        assertEquals(0, r.failedFits());
        assertTrue(failing(r).contains("log_lik"), "failing: " + failing(r));
    }

    /** Langevin steps without the Metropolis correction: the chain's stationary law is too wide. */
    @Test
    void samplerWithoutMetropolisCorrectionIsCaught() {
        ValidationReport r = validate(new NormalMeansTestModel(1.0), POWER.withSampler("ula-test"));
        assertFalse(r.passed());
        assertEquals(0, r.failedFits());
        assertTrue(failing(r).contains("log_lik"), "failing: " + failing(r));
    }

    /**
     * The positive transform without its log-Jacobian: the prior of eight
     * schools' tau effectively gains a factor 1/tau, which pulls the posterior
     * towards zero; tau's ranks pile up at the top.
     */
    @Test
    void bijectorWithoutLogJacobianIsCaught() {
        ModelProvider eightSchools = ModelCatalogue.installed().byName("eight-schools-noncentered");
        ValidationSettings settings = POWER.withReplicates(20);
        ValidationReport correct = validate(eightSchools, settings);
        assertTrue(correct.passed(), correct.failures().toString());
        System.setProperty(BijectorRegistry.PREFER_PROPERTY, DroppedJacobianLogProvider.NAME);
        try {
            ValidationReport broken = validate(eightSchools, settings);
            assertFalse(broken.passed());
            assertTrue(failing(broken).contains("tau"), "failing: " + failing(broken));
        } finally {
            System.clearProperty(BijectorRegistry.PREFER_PROPERTY);
        }
    }
}
