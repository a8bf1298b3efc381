/**
 * Compiling a model graph: from the define-once {@link org.bayes4j.spi.model.Model}
 * to a flat {@link org.bayes4j.autodiff.compile.Program}.
 *
 * <p>The compiler walks the graph once and gives every distinct expression a
 * node number, in an order where inputs come before their users (a topological
 * order, found by depth-first search from the model's roots: priors,
 * likelihoods, deterministics, potentials). A node is either a leaf (a constant,
 * a data array, or a free variable whose value comes from the unconstrained
 * vector through its bijector) or an op over earlier nodes. Nodes whose value
 * does not depend on the parameters are <em>constant</em>: they are computed
 * once (and again when data are replaced), carry no adjoint, and the reverse
 * sweep never visits them (constant folding).
 *
 * <p>Each random variable becomes a <em>call site</em> of its distribution
 * family: its value and parameters are laid out as batches of events
 * ({@code batch shape ++ event shape}); a parameter shared by the whole batch is
 * passed with stride 0, one that varies over the whole batch with stride equal
 * to its event size, and one that broadcasts over part of the batch through an
 * inserted, materialised broadcast node. Constant arguments and observed data
 * are validated here, so a bad model fails before sampling with a message that
 * names the variable.
 */
package org.bayes4j.autodiff.compile;
