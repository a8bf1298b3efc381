package org.bayes4j.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.dist.Categorical;
import org.bayes4j.spi.dist.Multinomial;
import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.dist.Poisson;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.bayes4j.spi.model.Var;

/**
 * Plug-in models defined only in the test sources, compiled by the installed
 * back end and sampled by the installed NUTS: they stand for a user's own
 * {@link ModelProvider} and keep the command tests fast (one or two parameters,
 * a few dozen rows).
 */
final class PluginModels {

    private PluginModels() {}

    /** The installed services with these plug-in models in place of the shipped ones. */
    static ServiceLookup services() {
        return ServiceLookup.fromServiceLoader().withModels(List.of(new PoissonSites(), new ThreeCategories(), new CountsByCategory()));
    }

    /**
     * Pooled Poisson regression $y_i \sim \mathrm{Poisson}(\exp(a + b x_i))$ with
     * $a \sim N(0, 1.5)$, $b \sim N(0, 1)$ and the deterministic {@code rate}; each row
     * belongs to a {@code site} (0..S-1), a grouping for K-fold that the likelihood does
     * not use, so a held-out site is scored exactly like held-out rows.
     */
    static final class PoissonSites implements ModelProvider {
        static final String NAME = "plugin-poisson";
        static final int ROWS = 24, SITES = 4;

        @Override public String name() { return NAME; }
        @Override public String description() { return "pooled Poisson regression over sites (test plug-in)"; }
        @Override public List<String> references() { return List.of("Gelman and Hill (2007), ch. 6"); }
        @Override public List<DataVariable> dataVariables() {
            return List.of(new DataVariable("y", "int", "[N]", true, "count per row"),
                    new DataVariable("x", "real", "[N]", true, "covariate"),
                    new DataVariable("site", "int", "[N]", true, "site of each row, 0..S-1"),
                    new DataVariable("S", "int", "scalar", false, "number of sites (default: largest site + 1)"));
        }
        @Override public List<String> checkedParameters() { return List.of("a", "b"); }
        @Override public Map<String, Integer> defaultSizes() { return Map.of("N", ROWS, "S", SITES); }

        @Override public ModelData defaultData() {
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(42L);
            int[] y = new int[ROWS], site = new int[ROWS];
            double[] x = new double[ROWS];
            for (int i = 0; i < ROWS; i++) {
                x[i] = -1 + 2.0 * i / (ROWS - 1);
                site[i] = i % SITES;
                y[i] = poisson(rng, Math.exp(1.0 + 0.5 * x[i]));
            }
            return ModelData.builder("simulated (seed 42)").put("y", y, ROWS).put("x", x, ROWS).put("site", site, ROWS).build();
        }

        @Override public Model build(ModelData data) {
            int[] y = data.counts("y");
            double[] x = data.doubles("x");
            int[] site = data.ints("site");
            int sites = data.has("S") ? (int) data.scalar("S") : java.util.Arrays.stream(site).max().orElse(0) + 1;
            return Model.build(NAME, m -> {
                Dim row = m.dim("row", y.length);
                Dim siteDim = m.dim("site", sites);
                m.index("site", site, siteDim, row);
                Data xs = m.data("x", x, row);
                Var a = m.param("a", Normal.of(0.0, 1.5));
                Var b = m.param("b", Normal.of(0.0, 1.0));
                Expr logRate = xs.mul(b).add(a);
                m.deterministic("rate", logRate.exp());
                m.observe("y", Poisson.log(logRate), m.data("y_obs", y, row));
            });
        }

        @Override public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
            throw new UnsupportedOperationException("not needed by the command tests");
        }

        @Override public Optional<CrossValidation> crossValidation(ModelData data) {
            int[] site = data.ints("site");
            return Optional.of(new CrossValidation() {
                @Override public int rows() { return site.length; }
                @Override public Map<String, int[]> groupings() { return Map.of("site", site.clone()); }
                @Override public FoldScorer scorer(String by) { return new RowRefit(data, PoissonSites.this); }
            });
        }
    }

    /** Refits on the training rows; scores a held-out row by $y \log\lambda - \lambda - \log y!$ per draw. */
    static final class RowRefit implements FoldScorer {
        private final ModelData data;
        private final PoissonSites provider;

        RowRefit(ModelData data, PoissonSites provider) {
            this.data = data;
            this.provider = provider;
        }

        @Override public int rows() { return data.ints("y").length; }

        @Override public SamplingTarget trainingTarget(boolean[] training) {
            List<Integer> keep = new ArrayList<>();
            for (int i = 0; i < training.length; i++) if (training[i]) keep.add(i);
            int[] y = data.ints("y"), site = data.ints("site");
            double[] x = data.doubles("x");
            int n = keep.size();
            int[] ty = new int[n], ts = new int[n];
            double[] tx = new double[n];
            for (int j = 0; j < n; j++) {
                ty[j] = y[keep.get(j)];
                ts[j] = site[keep.get(j)];
                tx[j] = x[keep.get(j)];
            }
            ModelData subset = ModelData.builder("training rows").put("y", ty, n).put("x", tx, n).put("site", ts, n)
                    .scalar("S", java.util.Arrays.stream(site).max().orElse(0) + 1).build();
            return provider.build(subset).compile();
        }

        @Override public double[][] heldOutLogLikelihood(Draws posterior, int[] heldOut) {
            int[] y = data.ints("y");
            double[] x = data.doubles("x");
            int a = posterior.indexOf("a"), b = posterior.indexOf("b");
            int perChain = posterior.numDraws();
            double[][] out = new double[perChain * posterior.numChains()][heldOut.length];
            for (int c = 0; c < posterior.numChains(); c++) {
                for (int i = 0; i < perChain; i++) {
                    double[] draw = posterior.chains().get(c).draws()[i];
                    for (int j = 0; j < heldOut.length; j++) {
                        int r = heldOut[j];
                        double logRate = draw[a] + draw[b] * x[r];
                        out[c * perChain + i][j] = y[r] * logRate - Math.exp(logRate) - logFactorial(y[r]);
                    }
                }
            }
            return out;
        }
    }

    /** $y_i \sim \mathrm{Categorical}(\mathrm{softmax}(\eta))$ over K = 3 categories, $\eta_k \sim N(0, 1)$; y must lie in 0..2. */
    static final class ThreeCategories implements ModelProvider {
        static final String NAME = "plugin-categorical";
        static final int[] DEFAULT_Y = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2};

        @Override public String name() { return NAME; }
        @Override public String description() { return "three categories with a common softmax (test plug-in)"; }
        @Override public List<String> references() { return List.of(); }
        @Override public List<DataVariable> dataVariables() {
            return List.of(new DataVariable("y", "int", "[N]", true, "category of each row, 0..2"));
        }
        @Override public List<String> checkedParameters() { return List.of("eta"); }
        @Override public Map<String, Integer> defaultSizes() { return Map.of("N", DEFAULT_Y.length); }
        @Override public ModelData defaultData() { return ModelData.builder("built in").put("y", DEFAULT_Y, DEFAULT_Y.length).build(); }

        @Override public Model build(ModelData data) {
            int[] y = data.ints("y");
            for (int i = 0; i < y.length; i++) {
                if (y[i] < 0 || y[i] > 2) {
                    throw new IllegalArgumentException(data.source() + ": variable 'y' row " + (i + 1) + " is " + y[i]
                            + ", but must be a category 0..2");
                }
            }
            return Model.build(NAME, m -> {
                Dim row = m.dim("row", y.length);
                Dim category = m.dim("category", List.of("a", "b", "c"));
                Var eta = m.param("eta", Normal.of(0.0, 1.0), category);
                m.observe("y", Categorical.logit(eta.broadcastTo(row, category)), m.data("y_obs", y, row));
            });
        }

        @Override public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
            throw new UnsupportedOperationException("not needed by the command tests");
        }
    }

    /** Rows of counts over K = 3 categories: $n_{i\cdot} \sim \mathrm{Multinomial}(\sum_k n_{ik}, \mathrm{softmax}(\eta))$. */
    static final class CountsByCategory implements ModelProvider {
        static final String NAME = "plugin-multinomial";
        static final int[][] DEFAULT_N = {{5, 3, 2}, {6, 2, 2}, {4, 4, 2}, {7, 2, 1}, {5, 3, 2}, {6, 3, 1}};

        @Override public String name() { return NAME; }
        @Override public String description() { return "multinomial counts per row (test plug-in)"; }
        @Override public List<String> references() { return List.of(); }
        @Override public List<DataVariable> dataVariables() {
            return List.of(new DataVariable("n", "int", "[N, K]", true, "counts per row and category"));
        }
        @Override public List<String> checkedParameters() { return List.of("eta"); }
        @Override public Map<String, Integer> defaultSizes() { return Map.of("N", DEFAULT_N.length, "K", 3); }

        @Override public ModelData defaultData() {
            int[] flat = new int[DEFAULT_N.length * 3];
            for (int i = 0; i < DEFAULT_N.length; i++) System.arraycopy(DEFAULT_N[i], 0, flat, 3 * i, 3);
            return ModelData.builder("built in").put("n", flat, DEFAULT_N.length, 3).build();
        }

        @Override public Model build(ModelData data) {
            int[] n = data.counts("n");
            int[] shape = data.shape("n");
            int rows = shape[0], k = shape[1];
            int[] trials = new int[rows];
            for (int i = 0; i < rows; i++) for (int j = 0; j < k; j++) trials[i] += n[i * k + j];
            return Model.build(NAME, m -> {
                Dim row = m.dim("row", rows);
                Dim category = m.dim("category", k);
                Var eta = m.param("eta", Normal.of(0.0, 1.0), category);
                m.observe("n", Multinomial.logit(m.data("trials", trials, row), eta.broadcastTo(row, category)),
                        m.data("n_obs", n, row, category));
            });
        }

        @Override public Simulation simulate(UniformRandomProvider rng, Map<String, Integer> sizes, Map<String, double[]> parameters) {
            throw new UnsupportedOperationException("not needed by the command tests");
        }
    }

    /** $\log y! = \sum_{j \le y} \log j$, exact enough for the small counts here. */
    static double logFactorial(int y) {
        double s = 0;
        for (int j = 2; j <= y; j++) s += Math.log(j);
        return s;
    }

    /** Poisson draw by inversion of the cumulative distribution (small rates only). */
    static int poisson(UniformRandomProvider rng, double rate) {
        double u = rng.nextDouble(), p = Math.exp(-rate), cdf = p;
        int k = 0;
        while (u > cdf && k < 1000) {
            k++;
            p *= rate / k;
            cdf += p;
        }
        return k;
    }
}
