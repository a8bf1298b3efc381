package org.bayes4j.distributions.multivariate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The remembered LKJ constant is always the constant at the $(\eta, K)$ asked for: over a seeded
 * sequence that repeats some pairs and changes others (including $\eta$ moved by one ulp, as a finite
 * difference does), it equals a fresh computation exactly. The same check rejects a memo keyed on $K$ alone.
 */
class LkjConstantTest {

    private static void assertAlwaysFresh(BiFunction<Double, Integer, LkjConstant.Value> memo) {
        Property.forAll("LKJ constant memo", 0x1C1, 500, g -> {
            double eta = g.bool() ? 4.0 : g.logUniform(0.2, 20);
            if (g.bool()) eta = Math.nextUp(eta);
            int k = g.integer(2, 6);
            for (int repeat = 0; repeat < 2; repeat++) {
                LkjConstant.Value v = memo.apply(eta, k);
                assertEquals(LkjCorrCholeskyFamily.logConstant(eta, k), v.log(), 0.0, "log c at eta=" + eta + ", K=" + k);
                assertEquals(LkjCorrCholeskyFamily.logConstantDerivative(eta, k), v.derivative(), 0.0, "derivative at eta=" + eta + ", K=" + k);
            }
        });
    }

    @Test
    void rememberedValuesEqualFreshOnesForEveryEtaAndK() {
        LkjConstant memo = new LkjConstant();
        assertAlwaysFresh(memo::at);
    }

    @Test
    void aMemoKeyedOnKAloneIsCaught() {
        Map<Integer, LkjConstant.Value> byK = new HashMap<>();
        assertThrows(AssertionError.class, () -> assertAlwaysFresh((eta, k) -> byK.computeIfAbsent(k,
                kk -> new LkjConstant.Value(eta, kk, LkjCorrCholeskyFamily.logConstant(eta, kk), LkjCorrCholeskyFamily.logConstantDerivative(eta, kk)))));
    }
}
