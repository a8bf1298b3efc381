package org.bayes4j.models.iris;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.draws.Draws;

/**
 * Test helpers over the draws of the iris models: the parameter values of one
 * draw, and the species probabilities $\operatorname{softmax}(\eta_i)$ of every
 * flower recomputed from {@code alpha} and {@code beta} with the
 * parameterisation's own logits (pivot: a zero prepended for setosa).
 */
final class IrisFits {

    private IrisFits() {}

    /** The free-parameter values of draw {@code s} of chain {@code c}, by name. */
    static Map<String, double[]> values(Draws draws, int c, int s, List<String> names) {
        Map<String, double[]> out = new HashMap<>();
        double[] row = draws.chains().get(c).draws()[s];
        int offset = 0;
        for (VariableInfo v : draws.variables()) {
            if (names.contains(v.name())) {
                double[] value = new double[v.size()];
                System.arraycopy(row, offset, value, 0, value.length);
                out.put(v.name(), value);
            }
            offset += v.size();
        }
        return out;
    }

    /**
     * Species probabilities of each flower under every draw:
     * {@code [flower][species][chain][draw]}, for {@link PosteriorMoments}-style summaries.
     *
     * @param centredX centred predictors, {@code N x 4} row-major
     */
    static double[][][][] probabilities(Draws draws, double[] centredX, boolean pivot) {
        int n = centredX.length / 4, chains = draws.numChains(), perChain = draws.numDraws();
        double[][][][] p = new double[n][3][chains][perChain];
        double[] eta = new double[3];
        for (int c = 0; c < chains; c++) {
            for (int s = 0; s < perChain; s++) {
                Map<String, double[]> v = values(draws, c, s, List.of("alpha", "beta"));
                double[] alpha = pivot ? IrisSimulator.withReference(v.get("alpha"), 1) : v.get("alpha");
                double[] beta = pivot ? IrisSimulator.withReference(v.get("beta"), 4) : v.get("beta");
                for (int i = 0; i < n; i++) {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int k = 0; k < 3; k++) {
                        double e = alpha[k];
                        for (int j = 0; j < 4; j++) e += centredX[i * 4 + j] * beta[j * 3 + k];
                        eta[k] = e;
                        max = Math.max(max, e);
                    }
                    double total = 0;
                    for (int k = 0; k < 3; k++) total += Math.exp(eta[k] - max);
                    for (int k = 0; k < 3; k++) p[i][k][c][s] = Math.exp(eta[k] - max) / total;
                }
            }
        }
        return p;
    }
}
