package org.bayes4j.models.support;

import org.bayes4j.spi.draws.Draws;

/**
 * One recorded element of a fit as a single vector of draws, chains
 * concatenated in order and each truncated to {@link Draws#numDraws()}: the
 * order in which {@link org.bayes4j.spi.diagnostic.FoldScorer} results list
 * their draws.
 */
public final class PooledDraws {

    private PooledDraws() {}

    /** The pooled draws of the element named {@code element} ({@code alpha_bar}, {@code alpha[3]}). */
    public static double[] of(Draws draws, String element) {
        double[][] byChain = draws.quantity(element);
        int per = draws.numDraws();
        double[] out = new double[byChain.length * per];
        for (int c = 0; c < byChain.length; c++) System.arraycopy(byChain[c], 0, out, c * per, per);
        return out;
    }

    /** A constant as a pooled vector of the fit's length (a quantity the model fixes rather than samples). */
    public static double[] constant(Draws draws, double value) {
        double[] out = new double[draws.numChains() * draws.numDraws()];
        java.util.Arrays.fill(out, value);
        return out;
    }
}
