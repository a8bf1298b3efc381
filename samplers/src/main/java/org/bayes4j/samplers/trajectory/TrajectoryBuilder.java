package org.bayes4j.samplers.trajectory;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.samplers.integrator.LeapfrogIntegrator;
import org.bayes4j.samplers.integrator.PhasePoint;
import org.bayes4j.samplers.metric.Metric;

/**
 * Builds one No-U-Turn trajectory by repeated doubling and samples a state from it.
 *
 * <p>Starting from $z_0 = (q_0, p_0)$, each round picks a direction uniformly and
 * integrates a new subtree of $2^k$ leapfrog states beyond that end (recursively:
 * a subtree of depth $k$ is two subtrees of depth $k-1$). Inside a subtree the
 * representative state is drawn by {@link MultinomialSampling}; between the old
 * trajectory and the new subtree by {@link BiasedProgressiveSampling}. Expansion
 * stops when the {@link GeneralisedUTurn} criterion fails anywhere in the tree
 * (including across the seams of merged subtrees), when a leaf's energy error
 * $H - H_0$ exceeds {@value #MAX_ENERGY_ERROR} (a divergence), or at the maximum
 * depth. A subtree that stops early is discarded whole, which keeps the
 * trajectory-selection procedure reversible.
 *
 * <p>Reference: Hoffman &amp; Gelman 2014, Alg. 3 and 6; Betancourt 2017,
 * App. A; Stan {@code base_nuts} (2.26+).
 *
 * <p><b>Threading.</b> One builder per chain. All phase points and momentum sums
 * are allocated once (per tree level) and reused, so building a trajectory
 * allocates nothing.
 */
public final class TrajectoryBuilder {

    /** Energy error beyond which a leapfrog state counts as divergent (Stan's {@code max_deltaH}). */
    public static final double MAX_ENERGY_ERROR = 1000.0;

    private final LeapfrogIntegrator integrator;
    private final UTurnCheck uTurn;
    private final SubtreeSelection selection;
    private final int d;

    private final PhasePoint z, zForward, zBackward, zSample, zPropose;
    private final double[] pFwdFwd, pSharpFwdFwd, pFwdBck, pSharpFwdBck;
    private final double[] pBckFwd, pSharpBckFwd, pBckBck, pSharpBckBck;
    private final double[] rho, rhoFwd, rhoBck;
    private Level[] levels = new Level[0];

    // per-trajectory accumulators
    private Metric metric;
    private double signedStepSize;
    private double h0;
    private int numLeapfrog;
    private double sumMetropolisProb;
    private boolean diverging;
    private double lastLogWeight;

    /** Buffers for merging the two halves of a subtree of one depth. */
    private static final class Level {
        final PhasePoint proposeFinal;
        final double[] rhoInit, rhoFinal, pInitEnd, pSharpInitEnd, pFinalBeg, pSharpFinalBeg;

        Level(int d) {
            proposeFinal = new PhasePoint(d);
            rhoInit = new double[d];
            rhoFinal = new double[d];
            pInitEnd = new double[d];
            pSharpInitEnd = new double[d];
            pFinalBeg = new double[d];
            pSharpFinalBeg = new double[d];
        }
    }

    /** Stan's NUTS: generalised U-turn with cross-subtree checks, biased progressive sampling. */
    public TrajectoryBuilder(LeapfrogIntegrator integrator) {
        this(integrator, UTurnCheck.GENERALISED, SubtreeSelection.BIASED_PROGRESSIVE);
    }

    /** A builder with other termination or selection rules (for experiments and for tests that must catch wrong ones). */
    public TrajectoryBuilder(LeapfrogIntegrator integrator, UTurnCheck uTurn, SubtreeSelection selection) {
        this.integrator = integrator;
        this.uTurn = uTurn;
        this.selection = selection;
        this.d = integrator.density().dimension();
        z = new PhasePoint(d);
        zForward = new PhasePoint(d);
        zBackward = new PhasePoint(d);
        zSample = new PhasePoint(d);
        zPropose = new PhasePoint(d);
        pFwdFwd = new double[d];
        pSharpFwdFwd = new double[d];
        pFwdBck = new double[d];
        pSharpFwdBck = new double[d];
        pBckFwd = new double[d];
        pSharpBckFwd = new double[d];
        pBckBck = new double[d];
        pSharpBckBck = new double[d];
        rho = new double[d];
        rhoFwd = new double[d];
        rhoBck = new double[d];
    }

    /** The state selected by the last {@link #build} call (a chain-owned buffer; copy what you keep). */
    public PhasePoint selected() { return zSample; }

    /**
     * Builds a trajectory from {@code start} (position, gradient, log density and a freshly
     * drawn momentum) and selects a state, available afterwards from {@link #selected()}.
     */
    public TrajectoryResult build(PhasePoint start, Metric metric, double stepSize, int maxDepth, UniformRandomProvider rng) {
        ensureLevels(maxDepth);
        this.metric = metric;
        zForward.copyFrom(start);
        zBackward.copyFrom(start);
        zSample.copyFrom(start);
        zPropose.copyFrom(start);
        double[] p0 = start.momentum;
        metric.velocity(p0, pSharpFwdFwd);
        // a one-state trajectory: every end is the start, and rho is its momentum
        System.arraycopy(p0, 0, pFwdFwd, 0, d);
        System.arraycopy(p0, 0, pFwdBck, 0, d);
        System.arraycopy(p0, 0, pBckFwd, 0, d);
        System.arraycopy(p0, 0, pBckBck, 0, d);
        System.arraycopy(p0, 0, rho, 0, d);
        System.arraycopy(pSharpFwdFwd, 0, pSharpFwdBck, 0, d);
        System.arraycopy(pSharpFwdFwd, 0, pSharpBckFwd, 0, d);
        System.arraycopy(pSharpFwdFwd, 0, pSharpBckBck, 0, d);

        h0 = start.hamiltonian(metric);
        double logSumWeight = 0.0; // log(exp(H0 - H0))
        numLeapfrog = 0;
        sumMetropolisProb = 0.0;
        diverging = false;
        int depth = 0;

        while (depth < maxDepth) {
            boolean valid;
            if (rng.nextDouble() > 0.5) {
                // extend forward: the old trajectory becomes the backward subtree
                z.copyFrom(zForward);
                System.arraycopy(rho, 0, rhoBck, 0, d);
                System.arraycopy(pFwdFwd, 0, pBckFwd, 0, d);
                System.arraycopy(pSharpFwdFwd, 0, pSharpBckFwd, 0, d);
                signedStepSize = stepSize;
                valid = buildTree(depth, zPropose, pSharpFwdBck, pSharpFwdFwd, rhoFwd, pFwdBck, pFwdFwd, rng);
                zForward.copyFrom(z);
            } else {
                // extend backward: the old trajectory becomes the forward subtree
                z.copyFrom(zBackward);
                System.arraycopy(rho, 0, rhoFwd, 0, d);
                System.arraycopy(pBckBck, 0, pFwdBck, 0, d);
                System.arraycopy(pSharpBckBck, 0, pSharpFwdBck, 0, d);
                signedStepSize = -stepSize;
                valid = buildTree(depth, zPropose, pSharpBckFwd, pSharpBckBck, rhoBck, pBckFwd, pBckBck, rng);
                zBackward.copyFrom(z);
            }
            if (!valid) break;
            depth++;

            double logWeightSubtree = lastLogWeight;
            if (selection.takeNew(rng, logWeightSubtree, logSumWeight)) zSample.copyFrom(zPropose);
            logSumWeight = MultinomialSampling.logSumExp(logSumWeight, logWeightSubtree);

            for (int i = 0; i < d; i++) rho[i] = rhoBck[i] + rhoFwd[i];
            boolean persists = uTurn.continuesAfterMerge(
                    pSharpBckBck, pSharpBckFwd, pBckFwd, rhoBck,
                    pSharpFwdBck, pFwdBck, pSharpFwdFwd, rhoFwd, rho);
            if (!persists) break;
        }
        double acceptStat = numLeapfrog == 0 ? 0.0 : sumMetropolisProb / numLeapfrog;
        return new TrajectoryResult(depth, numLeapfrog, diverging, acceptStat, zSample.hamiltonian(metric));
    }

    /**
     * Integrates $2^{depth}$ leapfrog steps from the builder's current point {@code z}
     * in the direction of {@code signedStepSize}, multinomially selecting a state into
     * {@code propose}. "Beg" is the end next to the existing trajectory, "end" the far
     * one. Writes the subtree's summed momenta into {@code rhoOut} and its log weight
     * into {@code lastLogWeight}.
     *
     * @return false if the subtree diverged or U-turned internally (then it must be discarded)
     */
    private boolean buildTree(int depth, PhasePoint propose, double[] pSharpBeg, double[] pSharpEnd, double[] rhoOut,
                              double[] pBeg, double[] pEnd, UniformRandomProvider rng) {
        if (depth == 0) {
            integrator.step(z, metric, signedStepSize);
            numLeapfrog++;
            double h = z.hamiltonian(metric);
            if (h - h0 > MAX_ENERGY_ERROR) diverging = true;
            double logWeight = h0 - h;
            lastLogWeight = logWeight;
            // Metropolis acceptance probability of this state as a proposal, min(1, e^{H0 - H})
            sumMetropolisProb += logWeight > 0 ? 1.0 : Math.exp(logWeight);
            propose.copyFrom(z);
            metric.velocity(z.momentum, pSharpBeg);
            System.arraycopy(pSharpBeg, 0, pSharpEnd, 0, d);
            System.arraycopy(z.momentum, 0, rhoOut, 0, d);
            System.arraycopy(z.momentum, 0, pBeg, 0, d);
            System.arraycopy(z.momentum, 0, pEnd, 0, d);
            return !diverging;
        }
        Level level = levels[depth];

        if (!buildTree(depth - 1, propose, pSharpBeg, level.pSharpInitEnd, level.rhoInit, pBeg, level.pInitEnd, rng)) return false;
        double logWeightInit = lastLogWeight;

        if (!buildTree(depth - 1, level.proposeFinal, level.pSharpFinalBeg, pSharpEnd, level.rhoFinal, level.pFinalBeg, pEnd, rng)) {
            return false;
        }
        double logWeightFinal = lastLogWeight;

        double logWeightSubtree = MultinomialSampling.logSumExp(logWeightInit, logWeightFinal);
        lastLogWeight = logWeightSubtree;
        if (MultinomialSampling.takeRight(rng, logWeightFinal, logWeightSubtree)) propose.copyFrom(level.proposeFinal);

        for (int i = 0; i < d; i++) rhoOut[i] = level.rhoInit[i] + level.rhoFinal[i];
        return uTurn.continuesAfterMerge(
                pSharpBeg, level.pSharpInitEnd, level.pInitEnd, level.rhoInit,
                level.pSharpFinalBeg, level.pFinalBeg, pSharpEnd, level.rhoFinal, rhoOut);
    }

    private void ensureLevels(int maxDepth) {
        if (levels.length >= maxDepth) return;
        Level[] grown = new Level[maxDepth];
        System.arraycopy(levels, 0, grown, 0, levels.length);
        for (int k = Math.max(1, levels.length); k < maxDepth; k++) grown[k] = new Level(d);
        levels = grown;
    }
}
