package org.bayes4j.distributions.callsite;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Per-call-site state of a family, keyed by the identity of the call's
 * {@link org.bayes4j.spi.distribution.Operands}: a combinator's component sub-calls, a multinomial's
 * log coefficients of its observed counts.
 *
 * <p>The model compiler builds one {@code Operands} per call site per evaluator and reuses it on
 * every evaluation, so the state is built on the first call and found again afterwards: with the
 * factory and the fit test fixed at construction, {@link #get} allocates nothing once the state
 * exists. {@code Operands} keeps identity equality, and the map holds its keys weakly, so state
 * dies with its evaluator. A family is shared by every evaluator of a compiled model and may be
 * called from several threads at once, so the lookup is synchronised; the state itself is used
 * only by the thread that owns its {@code Operands} (an {@code Operands} is never shared between
 * threads), so it needs no lock. State that no longer fits its {@code Operands} (re-pointed with
 * another layout) is rebuilt.
 */
public final class CallSiteCache<K, S> {

    private final Map<K, S> states = new WeakHashMap<>();
    private final BiPredicate<S, K> fits;
    private final Function<K, S> create;

    /**
     * @param fits   whether a state built earlier still fits the key's layout
     * @param create builds the state for a key
     */
    public CallSiteCache(BiPredicate<S, K> fits, Function<K, S> create) {
        this.fits = fits;
        this.create = create;
    }

    /** The state for {@code key}, built when absent or when it no longer fits. */
    public synchronized S get(K key) {
        S state = states.get(key);
        if (state == null || !fits.test(state, key)) {
            state = create.apply(key);
            states.put(key, state);
        }
        return state;
    }
}
