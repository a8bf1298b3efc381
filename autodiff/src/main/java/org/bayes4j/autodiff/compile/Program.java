package org.bayes4j.autodiff.compile;

import java.util.List;

import org.bayes4j.spi.bijector.BijectorRegistry;
import org.bayes4j.spi.model.Model;

/**
 * A compiled model graph: numbered nodes in topological order and the plans
 * that evaluate them. Immutable and shared by all evaluators of a model; each
 * evaluator allocates its own {@link NodeBuffers} from it once.
 *
 * <p>Evaluation order (see {@code org.bayes4j.autodiff.eval.Evaluator}): free variables from
 * {@code theta} through their bijectors, then {@link #variableOps()} in order,
 * then every call site and potential adds to the log density; the reverse sweep
 * runs {@link #variableOps()} backwards and then the bijectors' vector-Jacobian products.
 *
 * @param model              the source model
 * @param shapes             shape of each node
 * @param constant           whether each node's value is independent of the parameters
 * @param labels             short label of each node (profiles, errors)
 * @param leaves             constant and data leaves
 * @param constantOps        ops over constants only, run once per data version
 * @param inDensity          whether each node feeds the log density (a call site or a potential)
 * @param variableOps        ops depending on parameters that feed the log density, run every evaluation
 * @param outputOps          ops depending on parameters that only feed deterministics, run when outputs are written
 * @param free               free variables in declaration order (the unconstrained layout)
 * @param observed           likelihood call sites in declaration order
 * @param potentialNodes     nodes whose sum is added to the log density
 * @param potentialNames     their names
 * @param deterministicNames deterministics in declaration order
 * @param deterministicNodes their nodes
 * @param data               the replaceable data arrays
 * @param bijectors          where each evaluator gets its bijector instances
 * @param dimension          number of unconstrained coordinates
 */
public record Program(Model model, int[][] shapes, boolean[] constant, boolean[] inDensity, String[] labels, LeafPlan[] leaves,
                      OpPlan[] constantOps, OpPlan[] variableOps, OpPlan[] outputOps, FreeVariablePlan[] free, CallSitePlan[] observed,
                      int[] potentialNodes, String[] potentialNames, String[] deterministicNames, int[] deterministicNodes,
                      List<DataSlot> data, BijectorRegistry bijectors, int dimension) {

    public int numNodes() { return shapes.length; }

    /** Number of pointwise log-likelihood terms: the events of every observed variable. */
    public int pointwiseSize() {
        int n = 0;
        for (CallSitePlan c : observed) n += c.batchSize();
        return n;
    }

    /** Every call site: priors of the free variables, then likelihoods. */
    public CallSitePlan[] callSites() {
        CallSitePlan[] all = new CallSitePlan[free.length + observed.length];
        for (int i = 0; i < free.length; i++) all[i] = free[i].prior();
        System.arraycopy(observed, 0, all, free.length, observed.length);
        return all;
    }

    public DataSlot dataSlot(String name) {
        for (DataSlot d : data) if (d.name().equals(name)) return d;
        throw new IllegalArgumentException("model '" + model.name() + "' has no data '" + name + "'; known: "
                + data.stream().map(DataSlot::name).collect(java.util.stream.Collectors.toList()));
    }
}
