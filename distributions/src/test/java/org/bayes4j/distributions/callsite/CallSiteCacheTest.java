package org.bayes4j.distributions.callsite;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** One key (one call site of one evaluator) gets one state, built on the first look-up and rebuilt only when it no longer fits. */
class CallSiteCacheTest {

    @Test
    void stateIsBuiltOncePerCallSite() {
        boolean[] fits = {true};
        CallSiteCache<Object, Object> cache = new CallSiteCache<>((s, k) -> fits[0], k -> new Object());
        Object site = new Object();
        Object first = cache.get(site);
        assertSame(first, cache.get(site));
        assertNotSame(first, cache.get(new Object()), "another call site has its own state");
        fits[0] = false;
        assertNotSame(first, cache.get(site), "state that no longer fits is rebuilt");
    }
}
