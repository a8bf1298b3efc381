package org.bayes4j.models.eightschools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.bayes4j.models.testing.Backends;
import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.ModelProvider;
import org.junit.jupiter.api.Test;

/**
 * End to end: the centred eight schools is the standard example of
 * divergences. Its funnel (the scale of theta given tau is tau) has a neck no
 * step size adapted to the mouth can enter, and NUTS must report it: a run of
 * 4 chains x (500 warm-up + 500 draws) at target acceptance 0.8 diverges
 * (seed 2; six other seeds gave 18 to 56 divergences in 2000 draws).
 */
class CenteredEightSchoolsDivergesTest {

    @Test
    void nutsReportsDivergentTransitions() {
        ModelProvider provider = Providers.named("eight-schools-centered");
        Draws draws = Backends.fitNuts(provider.build(provider.defaultData()), Backends.config(4, 500, 500, 2));
        assertTrue(draws.divergences() > 0, "the centred funnel must produce divergent transitions; got none");
    }
}
