package org.bayes4j.autodiff.compile;

import java.util.List;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.model.Data;

/**
 * A replaceable data array of the model and the uses that constrain its values:
 * as an index into an axis of some tensor, and as the observation of a
 * likelihood (which must lie in the family's support).
 *
 * @param data     the model's data node
 * @param node     its node number
 * @param indexes  axes it indexes
 * @param observes likelihoods it is observed under
 */
public record DataSlot(Data data, int node, List<IndexUse> indexes, List<ObservedUse> observes) {

    public String name() { return data.name(); }

    /** Use as an index array into axis {@code axis} (of size {@code axisSize}) of {@code target}. */
    public record IndexUse(String target, int axis, int axisSize) {}

    /** Use as the observed value of {@code variable}, whose events must lie in {@code support}. */
    public record ObservedUse(String variable, Constraint support, int[] shape, int eventRank) {}
}
