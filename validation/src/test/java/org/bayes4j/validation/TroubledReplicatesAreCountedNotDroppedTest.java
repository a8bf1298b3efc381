package org.bayes4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.bayes4j.spi.validation.ValidationSettings;
import org.bayes4j.validation.sbc.ReplicateResult;
import org.junit.jupiter.api.Test;

/**
 * Replicates whose fit had divergences or R-hat above 1.01 are counted and
 * stay in every check; a replicate whose fit produced nothing fails the model.
 */
class TroubledReplicatesAreCountedNotDroppedTest {

    private static ReplicateResult replicate(int r, long divergences, double rhat) {
        double u = (r + 0.5) / 40;
        return new ReplicateResult(r, List.of("mu"), new double[] {0}, new int[] {(int) (u * 100)}, 100, new double[] {u},
                new double[] {0}, new double[] {1}, new boolean[] {r % 2 == 0}, new boolean[] {r % 10 != 0}, divergences, rhat, 100, 1,
                1, 0.1, null);
    }

    @Test
    void divergentAndUnconvergedReplicatesAreKept() {
        List<ReplicateResult> results = new ArrayList<>();
        for (int r = 0; r < 40; r++) results.add(replicate(r, r % 4 == 0 ? 3 : 0, r % 5 == 0 ? 1.05 : 1.001));
        SbcAnalysis a = new SbcAnalysis("m", ValidationSettings.fast(), results);
        assertEquals(40, a.replicates());
        assertEquals(10, a.replicatesWithDivergences());
        assertEquals(8, a.replicatesWithHighRhat());
        assertEquals(40, a.quantities().get(0).ranks().length, "every replicate is ranked");
        assertTrue(a.passed(), a.failures().toString());
    }

    @Test
    void aFitWithoutDrawsFailsTheModel() {
        List<ReplicateResult> results = new ArrayList<>();
        for (int r = 0; r < 40; r++) results.add(r == 7 ? ReplicateResult.failed(7, "no chain completed: boom", 0.1) : replicate(r, 0, 1.0));
        SbcAnalysis a = new SbcAnalysis("m", ValidationSettings.fast(), results);
        assertFalse(a.passed());
        assertEquals(1, a.failedFits());
        assertTrue(a.failures().get(0).contains("replicate 7: no chain completed: boom"), a.failures().toString());
    }
}
