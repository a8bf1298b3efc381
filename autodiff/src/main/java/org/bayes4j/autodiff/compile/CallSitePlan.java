package org.bayes4j.autodiff.compile;

import java.util.Map;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.distribution.DistributionFamily;

/**
 * One call of a distribution family: the value node and each parameter's
 * node, laid out as {@code batchSize} events.
 *
 * @param variable         the random variable's name
 * @param family           the family implementation
 * @param observed         true for a likelihood term, false for a prior
 * @param valueNode        the node holding the value (free variable or data)
 * @param valueShape       the value's full shape (batch ++ event)
 * @param valueEventShape  shape of one event of the value
 * @param batchSize        number of events
 * @param paramNodes       node of each parameter (possibly an inserted broadcast node)
 * @param paramBroadcast   true where one event of the parameter is shared by the whole batch (stride 0)
 * @param paramEventShapes event shape of each parameter
 * @param options          the family options from the model description
 * @param support          the support given the constant parameters
 */
public record CallSitePlan(String variable, DistributionFamily family, boolean observed, int valueNode, int[] valueShape,
                           int[] valueEventShape, int batchSize, int[] paramNodes, boolean[] paramBroadcast,
                           int[][] paramEventShapes, Map<String, Object> options, Constraint support) {

    /** Size of one value event. */
    public int valueEventSize() {
        int n = 1;
        for (int s : valueEventShape) n *= s;
        return n;
    }
}
