package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;

/**
 * The unconstrained points $\theta^{(s)}$ behind recorded draws. A fit records
 * every free parameter on its constrained scale (then the deterministics); the
 * pointwise log likelihood and the posterior predictive take $\theta$. The
 * points recorded during sampling ({@link ThetaRecording}) are used as they
 * are; for a chain without them each kept draw is mapped back through the
 * inverse of its bijector ({@link CompiledModel#unconstrain}).
 *
 * <p>The draws used are those of every chain, truncated to the shortest
 * ({@link Draws#numDraws()}), chains in order: draw {@code s} of the result is
 * draw {@code s % numDraws} of chain {@code s / numDraws}.
 */
final class PosteriorPoints {

    private PosteriorPoints() {}

    /**
     * One unconstrained point per kept draw, chains concatenated in order.
     *
     * @param recorded the points recorded while sampling, per chain (by identity); chains absent here are inverse-transformed
     */
    static List<double[]> of(CompiledModel model, Draws draws, Map<ChainDraws, double[][]> recorded) {
        int perChain = draws.numDraws();
        List<double[]> points = new ArrayList<>(perChain * draws.numChains());
        Map<String, int[]> columns = null;
        for (ChainDraws chain : draws.chains()) {
            double[][] theta = recorded.get(chain);
            if (theta != null) {
                for (int i = 0; i < perChain; i++) points.add(theta[i]);
                continue;
            }
            if (columns == null) columns = parameterColumns(model, draws);
            for (int i = 0; i < perChain; i++) {
                double[] row = chain.draws()[i];
                Map<String, double[]> values = new HashMap<>();
                for (Map.Entry<String, int[]> e : columns.entrySet()) {
                    int[] span = e.getValue();
                    double[] v = new double[span[1]];
                    System.arraycopy(row, span[0], v, 0, span[1]);
                    values.put(e.getKey(), v);
                }
                points.add(model.unconstrain(values));
            }
        }
        return points;
    }

    /** Offset and length of each free parameter's columns in the draws. */
    private static Map<String, int[]> parameterColumns(CompiledModel model, Draws draws) {
        Map<String, int[]> offsets = new HashMap<>();
        int k = 0;
        for (VariableInfo v : draws.variables()) {
            offsets.put(v.name(), new int[] {k, v.size()});
            k += v.size();
        }
        Map<String, int[]> out = new HashMap<>();
        for (VariableInfo p : model.parameters()) {
            int[] span = offsets.get(p.name());
            if (span == null || span[1] != p.size()) {
                throw new IllegalStateException("the draws do not record parameter '" + p.name() + "' with " + p.size()
                        + " values; recorded: " + draws.variables());
            }
            out.put(p.name(), span);
        }
        return out;
    }
}
