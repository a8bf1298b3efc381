package org.bayes4j.samplers.trajectory;

/**
 * What one NUTS trajectory reports (the selected state itself stays in the
 * builder's chain-owned buffer, {@link TrajectoryBuilder#selected()}).
 *
 * @param treeDepth   number of completed doublings (Stan's {@code treedepth__})
 * @param numLeapfrog leapfrog steps taken, including those of a rejected last subtree
 * @param diverging   whether some state's energy error $H - H_0$ exceeded the divergence threshold
 * @param acceptStat  mean over all leapfrog states of $\min(1, e^{H_0 - H})$ (Stan's {@code accept_stat__})
 * @param energy      Hamiltonian at the selected state (Stan's {@code energy__})
 */
public record TrajectoryResult(int treeDepth, int numLeapfrog, boolean diverging, double acceptStat, double energy) {}
