package org.bayes4j.distributions.combinators;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Per-call-site state of a combinator (its component sub-calls), keyed by the identity of the
 * parent {@link org.bayes4j.spi.distribution.Operands}.
 *
 * <p>The model compiler builds one {@code Operands} per call site per evaluator and reuses it on
 * every evaluation, so the state is built on the first call and found again afterwards: evaluation
 * allocates nothing. {@code Operands} keeps identity equality, and the map holds its keys weakly, so
 * state dies with its evaluator. A configured family is shared by every evaluator of a compiled
 * model and may be called from several threads at once, so the lookup is synchronised; the state
 * itself is used only by the thread that owns its {@code Operands} (an {@code Operands} is never
 * shared between threads), so it needs no lock. State that no longer {@code fits} its
 * {@code Operands} (re-pointed with another layout) is rebuilt.
 */
final class CallSiteCache<K, S> {

    private final Map<K, S> states = new WeakHashMap<>();

    /** The state for {@code key}, built by {@code create} when absent or when {@code fits} rejects it. */
    synchronized S get(K key, Predicate<S> fits, Function<K, S> create) {
        S state = states.get(key);
        if (state == null || !fits.test(state)) {
            state = create.apply(key);
            states.put(key, state);
        }
        return state;
    }
}
