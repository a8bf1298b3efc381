/**
 * Evaluating a compiled program: the allocation-free log density and gradient.
 *
 * <p>An {@link org.bayes4j.autodiff.eval.Evaluator} owns one set of buffers
 * (a value and an adjoint array per node), one bijector per free variable and one
 * {@link org.bayes4j.spi.distribution.Operands} per family call site, all
 * allocated when it is created. A gradient evaluation is then
 * <ol>
 *   <li>zero the adjoints;</li>
 *   <li>forward sweep: each free variable's constrained value and
 *       {@code log|det J|} from its slice of {@code theta}; every
 *       parameter-dependent op in topological order; every family call site,
 *       which returns its log density and, being a fused node with analytic
 *       partials, adds those partials straight into the adjoints of its
 *       operands (the log density's own adjoint is 1); every potential;</li>
 *   <li>reverse sweep: the ops' reverse rules in reverse order, then each
 *       bijector's vector-Jacobian product into the gradient.</li>
 * </ol>
 * Nothing is allocated per evaluation. Values that do not depend on the
 * parameters are computed once per data version.
 *
 * <p><b>Non-finite values.</b> As in Stan, a log density of NaN (or
 * {@code +inf}) means the point must be rejected, and so does a non-finite
 * gradient at a finite density: the evaluator then returns {@code -inf} with a
 * zero gradient, so samplers treat the point as outside the support and no NaN
 * ever reaches a draw.
 */
package org.bayes4j.autodiff.eval;
