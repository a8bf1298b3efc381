package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;

/**
 * Records the unconstrained point $\theta^{(s)}$ of every draw next to its
 * recorded quantities, so the pointwise log likelihood and the posterior
 * predictive are evaluated at exactly the point the sampler visited (rather than
 * at the inverse transform of rounded constrained values, which can fall just
 * outside a support such as the Cholesky factors of a correlation matrix).
 *
 * <p>{@link #wrap} appends a hidden vector variable {@value #THETA} of the
 * target's dimension to the recorded output; {@link #split} removes it again
 * and returns the draws as the model records them, with each chain's points
 * kept aside. A sampler that builds its draws without the target's output
 * variables leaves nothing to split, and the points are then recovered by
 * {@link PosteriorPoints} through the inverse transform.
 */
final class ThetaRecording {

    /** Name of the hidden output variable holding $\theta$. */
    static final String THETA = "__theta__";

    /**
     * The draws without {@value #THETA}, and each chain's points (kept draws by
     * dimension), keyed by the identity of the chain's {@link ChainDraws}.
     */
    record Split(Draws draws, Map<ChainDraws, double[][]> theta) {}

    private ThetaRecording() {}

    /** {@code base} whose recorded output also carries $\theta$ as a last variable. */
    static SamplingTarget wrap(SamplingTarget base) {
        VariableInfo theta = VariableInfo.vector(THETA, base.dimension());
        List<VariableInfo> variables = new ArrayList<>(base.outputVariables());
        variables.add(theta);
        List<String> names = new ArrayList<>(base.outputNames());
        names.addAll(theta.elementNames());
        List<VariableInfo> outputVariables = List.copyOf(variables);
        List<String> outputNames = List.copyOf(names);
        int width = base.outputNames().size();
        return new SamplingTarget() {
            @Override public int dimension() { return base.dimension(); }
            @Override public LogDensity newEvaluator() { return base.newEvaluator(); }
            @Override public List<String> outputNames() { return outputNames; }
            @Override public List<VariableInfo> outputVariables() { return outputVariables; }
            @Override public void writeOutput(LogDensity evaluator, double[] x, double[] out) {
                base.writeOutput(evaluator, x, out);
                System.arraycopy(x, 0, out, width, x.length);
            }
        };
    }

    /** Separates $\theta$ from draws made with a {@link #wrap}ped target; draws without it are returned as they are. */
    static Split split(Draws draws) {
        List<VariableInfo> vars = draws.variables();
        if (vars.isEmpty() || !vars.get(vars.size() - 1).name().equals(THETA)) return new Split(draws, Map.of());
        int width = draws.numQuantities() - vars.get(vars.size() - 1).size();
        List<ChainDraws> chains = new ArrayList<>();
        Map<ChainDraws, double[][]> theta = new IdentityHashMap<>();
        for (ChainDraws c : draws.chains()) {
            double[][] points = new double[c.numDraws()][];
            for (int i = 0; i < points.length; i++) points[i] = Arrays.copyOfRange(c.draws()[i], width, c.draws()[i].length);
            ChainDraws trimmed = new ChainDraws(head(c.draws(), width), c.stats(), head(c.warmupDraws(), width), c.warmupStats(),
                    c.stepSize(), c.inverseMetric(), c.warmupSeconds(), c.samplingSeconds(), c.gradientEvaluations(), c.failure());
            chains.add(trimmed);
            theta.put(trimmed, points);
        }
        return new Split(new Draws(vars.subList(0, vars.size() - 1), chains, draws.metadata()), theta);
    }

    private static double[][] head(double[][] rows, int width) {
        double[][] out = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) out[i] = Arrays.copyOf(rows[i], width);
        return out;
    }
}
