package org.bayes4j.models.iris;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.models.support.FixedParameters;
import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.models.support.SimulationSizes;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.Simulation;

/**
 * The generative program of both categorical regressions (MODELS.md 1a and 1b):
 * <pre>
 *   alpha, beta          ~ the form's prior (pivot: N(0, 5) on K-1 logits; sum-to-zero: ZeroSumNormal(5) on K)
 *   x_ij                 ~ N(m_j, s_j)                         i = 1..flowers, j = 1..4
 *   eta_i                = (x_i - mean(x)) . beta + alpha       (pivot: a 0 prepended for setosa)
 *   y_i                  ~ Categorical(softmax(eta_i))
 * </pre>
 * The measurements are drawn independently with the means and standard
 * deviations of Fisher's data ({@code m = (5.84, 3.06, 3.76, 1.20)},
 * {@code s = (0.83, 0.44, 1.77, 0.76)} cm); the real ones are correlated, which
 * matters for the real-data fit but not for checking the model. The
 * simulated data set holds the raw measurements (columns named as in
 * {@code iris.csv}) and the category {@code y}; the model centres them on their
 * sample means, so the simulator does too before forming the logits.
 *
 * <p>ZeroSumNormal draws are independent $N(0, \sigma^2)$ entries with the
 * mean over the species axis subtracted: the orthogonal projection onto the
 * zero-sum subspace, whose image has the ZeroSumNormal density (each entry
 * has variance $\sigma^2 (K-1)/K$).
 *
 * <p>The default data set fixes the parameters at {@link #DEFAULT_ALPHA} and
 * {@link #DEFAULT_BETA} (sum-to-zero form; their differences from setosa for
 * the pivot form, the same logits) and draws 150 flowers with seed
 * {@value #DEFAULT_SEED}, so both providers' default data are the same flowers.
 */
final class IrisSimulator {

    /** The two parameterisations of the logits. */
    enum Form { PIVOT, SUM_TO_ZERO }

    static final String FLOWERS = "flowers";
    static final Map<String, Integer> DEFAULT_SIZES = Collections.unmodifiableMap(new LinkedHashMap<>(Map.of(FLOWERS, 150)));
    static final Map<String, Integer> VALIDATION_SIZES = Collections.unmodifiableMap(new LinkedHashMap<>(Map.of(FLOWERS, 40)));
    static final long DEFAULT_SEED = 19360901L;
    static final double PRIOR_SCALE = 5;

    /** Sum-to-zero intercepts: log-odds of each species at average measurements, relative to their mean. */
    static final double[] DEFAULT_ALPHA = {0.3, 0.2, -0.5};
    /** Sum-to-zero slopes, rows by feature (sepal length, sepal width, petal length, petal width), columns by species. */
    static final double[] DEFAULT_BETA = {
        0.5, 0.0, -0.5,
        1.0, -0.5, -0.5,
        -1.5, 0.25, 1.25,
        -0.5, -0.25, 0.75};

    private static final double[] MEASUREMENT_MEAN = {5.84, 3.06, 3.76, 1.20};
    private static final double[] MEASUREMENT_SD = {0.83, 0.44, 1.77, 0.76};
    private static final int P = IrisData.FEATURES.size();
    private static final int K = IrisData.SPECIES.size();

    private IrisSimulator() {}

    static Simulation simulate(String model, Form form, UniformRandomProvider rng, Map<String, Integer> sizes,
                               Map<String, double[]> parameters, String source) {
        int n = SimulationSizes.resolve(model, DEFAULT_SIZES, sizes).get(FLOWERS);
        FixedParameters fixed = FixedParameters.of(model, parameters, List.of("alpha", "beta"));
        RandomDraws draw = new RandomDraws(rng);

        double[] alphaFull, betaFull;
        if (form == Form.PIVOT) {
            double[] alpha = fixed.vector("alpha", K - 1, i -> draw.normal(0, PRIOR_SCALE), FixedParameters::finite, "finite", "non-reference species");
            double[] beta = fixed.vector("beta", P * (K - 1), i -> draw.normal(0, PRIOR_SCALE), FixedParameters::finite, "finite",
                    "(feature, non-reference species) elements");
            alphaFull = withReference(alpha, 1);
            betaFull = withReference(beta, P);
        } else {
            alphaFull = zeroSum(model, fixed, "alpha", 1, draw);
            betaFull = zeroSum(model, fixed, "beta", P, draw);
        }

        double[] x = new double[n * P];
        for (int i = 0; i < n; i++) for (int j = 0; j < P; j++) x[i * P + j] = draw.normal(MEASUREMENT_MEAN[j], MEASUREMENT_SD[j]);
        double[] centred = new Flowers(x, new int[n]).centred().x();

        int[] y = new int[n];
        double[] eta = new double[K];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < K; k++) {
                double e = alphaFull[k];
                for (int j = 0; j < P; j++) e += centred[i * P + j] * betaFull[j * K + k];
                eta[k] = e;
            }
            y[i] = categorical(rng, eta);
        }

        ModelData.Builder data = ModelData.builder(source == null ? "simulated " + model + " (" + n + " flowers)" : source);
        for (int j = 0; j < P; j++) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) column[i] = x[i * P + j];
            data.put(IrisData.FEATURES.get(j), column, n);
        }
        data.put("y", y, n);
        return new Simulation(data.build(), fixed.truth());
    }

    /** The default data set of {@code form}: 150 flowers from the documented parameters and seed. */
    static ModelData defaultData(String model, Form form) {
        String source = "simulated " + model + " (150 flowers, seed " + DEFAULT_SEED + ", parameters of IrisSimulator)";
        Map<String, double[]> truth = form == Form.PIVOT
                ? Map.of("alpha", againstReference(DEFAULT_ALPHA, 1), "beta", againstReference(DEFAULT_BETA, P))
                : Map.of("alpha", DEFAULT_ALPHA, "beta", DEFAULT_BETA);
        return simulate(model, form, RandomDraws.seeded(DEFAULT_SEED), null, truth, source).data();
    }

    /** {@code rows x (K-1)} pivot logits with the reference's 0 prepended to each row: {@code rows x K}. */
    static double[] withReference(double[] pivot, int rows) {
        double[] full = new double[rows * K];
        for (int r = 0; r < rows; r++) System.arraycopy(pivot, r * (K - 1), full, r * K + 1, K - 1);
        return full;
    }

    /** {@code rows x K} logits as differences from the reference (setosa): {@code rows x (K-1)}; softmax is unchanged. */
    static double[] againstReference(double[] full, int rows) {
        double[] pivot = new double[rows * (K - 1)];
        for (int r = 0; r < rows; r++) for (int k = 1; k < K; k++) pivot[r * (K - 1) + k - 1] = full[r * K + k] - full[r * K];
        return pivot;
    }

    /** A {@code rows x K} zero-sum block: given (and checked to sum to zero per row), or drawn from ZeroSumNormal(5). */
    private static double[] zeroSum(String model, FixedParameters fixed, String name, int rows, RandomDraws draw) {
        double[][] drawn = new double[1][];
        double[] v = fixed.vector(name, rows * K, e -> {
            if (e == 0) drawn[0] = projectedNormals(draw, rows);
            return drawn[0][e];
        }, FixedParameters::finite, "finite", rows == 1 ? "species" : "(feature, species) elements");
        for (int r = 0; r < rows; r++) {
            double sum = 0, scale = 1;
            for (int k = 0; k < K; k++) {
                sum += v[r * K + k];
                scale = Math.max(scale, Math.abs(v[r * K + k]));
            }
            if (Math.abs(sum) > 1e-9 * K * scale) {
                String where = rows == 1 ? "" : " row " + r + " (" + IrisData.FEATURES.get(r) + ")";
                throw new IllegalArgumentException(model + ": parameter '" + name + "'" + where + " sums to " + sum
                        + " over species, but must sum to zero");
            }
        }
        return v;
    }

    private static double[] projectedNormals(RandomDraws draw, int rows) {
        double[] v = new double[rows * K];
        for (int r = 0; r < rows; r++) {
            double mean = 0;
            for (int k = 0; k < K; k++) {
                v[r * K + k] = draw.normal(0, PRIOR_SCALE);
                mean += v[r * K + k];
            }
            mean /= K;
            for (int k = 0; k < K; k++) v[r * K + k] -= mean;
        }
        return v;
    }

    /** Inversion of the softmax distribution, the weights shifted by their maximum so none overflows. */
    static int categorical(UniformRandomProvider rng, double[] eta) {
        double max = Double.NEGATIVE_INFINITY;
        for (double e : eta) max = Math.max(max, e);
        double total = 0;
        for (double e : eta) total += Math.exp(e - max);
        double u = rng.nextDouble() * total;
        for (int k = 0; k < eta.length - 1; k++) {
            u -= Math.exp(eta[k] - max);
            if (u < 0) return k;
        }
        return eta.length - 1;
    }
}
