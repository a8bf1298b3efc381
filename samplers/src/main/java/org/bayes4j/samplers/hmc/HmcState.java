package org.bayes4j.samplers.hmc;

import org.bayes4j.spi.sampler.ChainState;

/**
 * The state a Hamiltonian chain carries between transitions: the unconstrained
 * position, $\log\pi$ there and its gradient (so the next trajectory starts
 * without re-evaluating). Momentum is not part of the state: it is redrawn
 * every transition. The record owns its arrays; nobody modifies them.
 */
public record HmcState(double[] position, double logDensity, double[] gradient) implements ChainState {

    public HmcState {
        if (position.length != gradient.length) {
            throw new IllegalArgumentException("state has " + position.length + " coordinates but a gradient of " + gradient.length);
        }
    }
}
