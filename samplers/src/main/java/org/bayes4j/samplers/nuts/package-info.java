/**
 * The No-U-Turn sampler (Hoffman &amp; Gelman 2014) in the form Stan runs it
 * (Betancourt 2017): a kernel over immutable {@link org.bayes4j.samplers.hmc.HmcState}s
 * whose trajectory is built by {@link org.bayes4j.samplers.trajectory.TrajectoryBuilder},
 * tuned by {@link org.bayes4j.samplers.adaptation.WindowedAdaptation}, run by
 * {@link org.bayes4j.samplers.runner.ParallelSampler}. Recipe: leapfrog
 * integrator (Leimkuhler &amp; Reich 2004), Euclidean metric, multinomial sampling
 * inside subtrees and biased progressive sampling between them (Betancourt 2017,
 * A.3), generalised U-turn with cross-subtree checks (A.4.2, Stan 2.26), divergence
 * at energy error 1000, dual-averaging step size (Hoffman &amp; Gelman 2014, Alg. 5)
 * after a heuristic start (Alg. 4), Stan's windowed metric adaptation.
 */
package org.bayes4j.samplers.nuts;
