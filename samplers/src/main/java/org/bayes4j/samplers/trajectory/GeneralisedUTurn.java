package org.bayes4j.samplers.trajectory;

/**
 * The generalised no-U-turn criterion. For a trajectory segment with summed
 * momenta $\rho = \sum_n p_n$ and sharp momenta $p^\sharp_- = M^{-1}p_-$,
 * $p^\sharp_+ = M^{-1}p_+$ at its two ends, the segment keeps expanding while
 * $$p^\sharp_-\cdot\rho > 0 \quad\text{and}\quad p^\sharp_+\cdot\rho > 0,$$
 * i.e. while neither end has started to come back towards the other. It is the
 * Riemannian generalisation of Hoffman &amp; Gelman's $(q_+ - q_-)\cdot p > 0$,
 * with $\rho$ standing in for the displacement.
 *
 * <p>A trajectory of $2^k$ states is checked at every node of its binary tree.
 * Checking only whole subtrees misses U-turns that straddle the seam between two
 * merged subtrees, so (as Stan since 2.26) each merge also checks the left subtree
 * extended by the first state of the right one, and the right subtree extended by
 * the last state of the left one:
 * $\rho_L + p_{R,\mathrm{first}}$ with ends $p^\sharp_{L,-}, p^\sharp_{R,\mathrm{first}}$, and
 * $\rho_R + p_{L,\mathrm{last}}$ with ends $p^\sharp_{L,\mathrm{last}}, p^\sharp_{R,+}$.
 *
 * <p>Reference: Betancourt 2017, "A Conceptual Introduction to Hamiltonian Monte
 * Carlo", App. A.4.2; Stan {@code base_nuts} (2.26+), "demand satisfaction
 * around merged subtrees" and "between subtrees".
 */
public final class GeneralisedUTurn {

    private GeneralisedUTurn() {}

    /** True while the segment with summed momenta {@code rho} has not turned: $p^\sharp_-\cdot\rho > 0$ and $p^\sharp_+\cdot\rho > 0$. */
    public static boolean continues(double[] pSharpMinus, double[] pSharpPlus, double[] rho) {
        double minus = 0, plus = 0;
        for (int i = 0; i < rho.length; i++) {
            minus += pSharpMinus[i] * rho[i];
            plus += pSharpPlus[i] * rho[i];
        }
        return minus > 0 && plus > 0;
    }

    /**
     * The same criterion for the segment whose summed momenta are
     * $\rho + p_\mathrm{extra}$ (a subtree extended by one state of its neighbour),
     * computed without forming the sum.
     */
    public static boolean continuesExtended(double[] pSharpMinus, double[] pSharpPlus, double[] rho, double[] pExtra) {
        double minus = 0, plus = 0;
        for (int i = 0; i < rho.length; i++) {
            double r = rho[i] + pExtra[i];
            minus += pSharpMinus[i] * r;
            plus += pSharpPlus[i] * r;
        }
        return minus > 0 && plus > 0;
    }

    /**
     * All three checks at the merge of a left (earlier in time) and a right
     * subtree: the merged segment, left + first state of right, right + last
     * state of left.
     *
     * @param pSharpLeftFirst  sharp momentum at the outer end of the left subtree
     * @param pSharpLeftLast   sharp momentum at the inner end of the left subtree
     * @param pLeftLast        momentum at the inner end of the left subtree
     * @param rhoLeft          summed momenta of the left subtree
     * @param pSharpRightFirst sharp momentum at the inner end of the right subtree
     * @param pRightFirst      momentum at the inner end of the right subtree
     * @param pSharpRightLast  sharp momentum at the outer end of the right subtree
     * @param rhoRight         summed momenta of the right subtree
     * @param rhoMerged        $\rho_L + \rho_R$
     */
    public static boolean mergedContinues(double[] pSharpLeftFirst, double[] pSharpLeftLast, double[] pLeftLast, double[] rhoLeft,
                                          double[] pSharpRightFirst, double[] pRightFirst, double[] pSharpRightLast, double[] rhoRight,
                                          double[] rhoMerged) {
        return continues(pSharpLeftFirst, pSharpRightLast, rhoMerged)
                && continuesExtended(pSharpLeftFirst, pSharpRightFirst, rhoLeft, pRightFirst)
                && continuesExtended(pSharpLeftLast, pSharpRightLast, rhoRight, pLeftLast);
    }
}
