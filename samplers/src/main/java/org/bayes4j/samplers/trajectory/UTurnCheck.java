package org.bayes4j.samplers.trajectory;

/**
 * The termination test applied where a left (earlier) and a right (later)
 * subtree merge. The default is {@link GeneralisedUTurn#mergedContinues}; the
 * seam is pluggable so that tests can show a broken criterion is caught.
 */
@FunctionalInterface
public interface UTurnCheck {

    /** Whether the merged trajectory may keep expanding; arguments as in {@link GeneralisedUTurn#mergedContinues}. */
    boolean continuesAfterMerge(double[] pSharpLeftFirst, double[] pSharpLeftLast, double[] pLeftLast, double[] rhoLeft,
                                double[] pSharpRightFirst, double[] pRightFirst, double[] pSharpRightLast, double[] rhoRight,
                                double[] rhoMerged);

    /** Stan's criterion, with the checks across merged subtrees. */
    UTurnCheck GENERALISED = GeneralisedUTurn::mergedContinues;
}
