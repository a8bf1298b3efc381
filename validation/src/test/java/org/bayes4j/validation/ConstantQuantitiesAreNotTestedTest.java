package org.bayes4j.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.bayes4j.spi.validation.QuantityCheck;
import org.bayes4j.spi.validation.ValidationSettings;
import org.bayes4j.validation.sbc.ReplicateResult;
import org.junit.jupiter.api.Test;

/**
 * An element fixed by its constraint (here {@code L[0, 1] = 0} of a Cholesky
 * factor) equals the truth in every draw: its interval always "covers", which
 * must not fail the model, and it is not counted among the tested quantities.
 */
class ConstantQuantitiesAreNotTestedTest {

    @Test
    void aConstantElementIsReportedButNotTested() {
        List<ReplicateResult> results = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            double u = (r + 0.5) / 40;
            double tie = ((r * 17) % 40 + 0.5) / 40;   // tie-split ranks: uniform but unrelated to anything
            results.add(new ReplicateResult(r, List.of("mu", "L[0, 1]"), new double[] {0, 0}, new int[] {(int) (u * 100), (int) (tie * 100)},
                    100, new double[] {u, tie}, new double[] {0, 0}, new double[] {1, 0}, new boolean[] {r % 2 == 0, true},
                    new boolean[] {r % 10 != 0, true}, 0, 1.0, 100, 1, 1, 0.1, null));
        }
        SbcAnalysis a = new SbcAnalysis("m", ValidationSettings.fast(), results);
        assertTrue(a.passed(), a.failures().toString());
        QuantityCheck fixed = a.checks().get(1);
        assertEquals("L[0, 1]", fixed.name());
        assertTrue(Double.isNaN(fixed.chiSquareP()) && Double.isNaN(fixed.ecdfP()) && Double.isNaN(fixed.coverage50()));
        assertFalse(fixed.failed());
    }
}
