package org.bayes4j.samplers.runner;

import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Per-chain random streams derived only from the master seed and the chain
 * index: chain $c$ uses xoroshiro128++ seeded with the master seed and advanced
 * by $c$ jumps of $2^{64}$ steps, so streams never overlap in practice and a
 * chain's draws do not depend on how many chains or threads there are.
 *
 * <p>Reference: Blackman &amp; Vigna 2018, "Scrambled linear pseudorandom number
 * generators" (jump functions); Commons RNG {@code JumpableUniformRandomProvider}.
 */
public final class ChainStreams {

    private ChainStreams() {}

    /** The stream of chain {@code chain} under master seed {@code seed}. */
    public static UniformRandomProvider forChain(long seed, int chain) {
        if (chain < 0) throw new IllegalArgumentException("chain index is " + chain + ", but must be >= 0");
        JumpableUniformRandomProvider rng = (JumpableUniformRandomProvider) RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        for (int c = 0; c < chain; c++) rng.jump();
        return rng;
    }
}
