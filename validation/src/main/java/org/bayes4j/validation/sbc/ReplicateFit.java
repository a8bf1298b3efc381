package org.bayes4j.validation.sbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.diagnostic.DiagnosticProvider;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Simulation;
import org.bayes4j.spi.sampler.ProgressListener;
import org.bayes4j.spi.sampler.SamplerConfig;
import org.bayes4j.spi.sampler.SamplerProvider;

/**
 * One SBC replicate (Talts et al. 2018, Algorithm 1; Modrák et al. 2023):
 * draw the parameters from the prior and data from the model
 * ({@code ModelProvider.simulate}), fit with the sampler, thin each chain to
 * roughly independent draws, and rank the truth among them.
 *
 * <p><b>Thinning.</b> Ranks are uniform only if the {@code L} draws are
 * (nearly) independent; autocorrelated draws give a rank histogram with too
 * much mass at the ends. With {@code S} kept draws and the smallest bulk ESS
 * {@code E} over the checked parameters and the joint log-likelihood (which can
 * mix more slowly than any parameter), every {@code t = ceil(S / E)}-th draw of
 * each chain is kept, so {@code L} is about {@code E}.
 *
 * <p><b>Test quantity.</b> Besides the parameters, the joint log-likelihood of
 * the simulated data {@code log p(y | theta)} is ranked, at the truth among its
 * values at the thinned draws; as a function of both data and parameters it
 * detects errors the parameter margins miss, such as a posterior that is too
 * wide in every direction at once (Modrák et al. 2023, section 3).
 *
 * <p><b>Recovery.</b> From all kept draws: posterior mean and sd (for the
 * z-score {@code (mean - truth) / sd} and contraction) and whether the central
 * 50% and 90% intervals (type-7 quantiles) cover the truth.
 */
public final class ReplicateFit {

    /** The test quantity's name among the checked quantities. */
    public static final String LOG_LIK = "log_lik";

    private final ModelProvider provider;
    private final SamplerProvider sampler;
    private final DiagnosticProvider essBulk;
    private final DiagnosticProvider rhat;
    private final Map<String, Integer> sizes;
    private final SamplerConfig config;
    private final long masterSeed;

    public ReplicateFit(ModelProvider provider, SamplerProvider sampler, DiagnosticProvider essBulk, DiagnosticProvider rhat,
                        Map<String, Integer> sizes, SamplerConfig config, long masterSeed) {
        this.provider = provider;
        this.sampler = sampler;
        this.essBulk = essBulk;
        this.rhat = rhat;
        this.sizes = Map.copyOf(sizes);
        this.config = config;
        this.masterSeed = masterSeed;
    }

    public ReplicateResult run(int replicate) {
        long start = System.nanoTime();
        ReplicateSeeds seeds = ReplicateSeeds.of(masterSeed, replicate);
        try {
            Simulation sim = provider.simulate(RandomSource.XO_RO_SHI_RO_128_PP.create(seeds.simulation()), sizes, Map.of());
            CompiledModel model = provider.build(sim.data()).compile();
            Draws draws = sampler.sample(model, config.withSeed(seeds.sampler()).withThreads(1), ProgressListener.NONE);
            return analyse(replicate, sim, model, draws, RandomSource.XO_RO_SHI_RO_128_PP.create(seeds.ranks()), start);
        } catch (RuntimeException e) {
            return ReplicateResult.failed(replicate, e.getClass().getSimpleName() + ": " + e.getMessage(), seconds(start));
        }
    }

    private ReplicateResult analyse(int replicate, Simulation sim, CompiledModel model, Draws draws, UniformRandomProvider rng, long start) {
        List<ChainDraws> chains = draws.chains().stream().filter(c -> c.isComplete() && c.numDraws() > 1).toList();
        if (chains.isEmpty()) {
            String why = draws.chains().stream().map(ChainDraws::failure).filter(f -> f != null).findFirst().orElse("no draws");
            return ReplicateResult.failed(replicate, "no chain completed: " + why, seconds(start));
        }
        int n = chains.stream().mapToInt(ChainDraws::numDraws).min().orElseThrow();
        Map<String, Integer> offsets = offsets(model.outputVariables());

        List<String> names = new ArrayList<>();
        List<Double> truths = new ArrayList<>();
        List<Integer> columns = new ArrayList<>();
        for (String p : provider.checkedParameters()) {
            VariableInfo v = model.outputVariables().stream().filter(o -> o.name().equals(p)).findFirst().orElseThrow(() ->
                    new IllegalStateException(provider.name() + ": checked parameter '" + p + "' is not among the model's variables"));
            double[] t = sim.truth().get(p);
            if (t == null || t.length != v.size()) {
                throw new IllegalStateException(provider.name() + ": the simulation's truth for '" + p + "' has "
                        + (t == null ? "no values" : t.length + " values") + ", but the variable has " + v.size());
            }
            List<String> elements = v.elementNames();
            for (int e = 0; e < v.size(); e++) {
                names.add(elements.get(e));
                truths.add(t[e]);
                columns.add(offsets.get(p) + e);
            }
        }

        List<double[][]> parameterDraws = new ArrayList<>();
        double maxRhat = Double.NaN;
        for (int col : columns) {
            double[][] x = column(chains, n, col);
            parameterDraws.add(x);
            double r = rhat.evaluate(x);
            if (!Double.isNaN(r) && !(r <= maxRhat)) maxRhat = r;
        }
        boolean withLogLik = model.pointwiseSize() > 0;
        double[][] logLikDraws = withLogLik ? logLikDraws(model, offsets, chains, n) : null;
        double minEss = smallestEss(essBulk, parameterDraws, logLikDraws);
        int total = chains.size() * n;
        int thin = Double.isFinite(minEss) && minEss > 0 ? Math.max(1, (int) Math.ceil(total / minEss)) : 1;
        int perChain = n / thin;
        if (perChain == 0) {
            thin = n;
            perChain = 1;
        }
        int thinned = perChain * chains.size();

        int m = names.size() + (withLogLik ? 1 : 0);
        double[] truth = new double[m];
        int[] rank = new int[m];
        double[] pit = new double[m];
        double[] mean = new double[m];
        double[] sd = new double[m];
        boolean[] c50 = new boolean[m];
        boolean[] c90 = new boolean[m];
        for (int q = 0; q < names.size(); q++) {
            truth[q] = truths.get(q);
            double[] all = flatten(column(chains, n, columns.get(q)));
            double[] kept = thinned(chains, n, columns.get(q), thin, perChain);
            rank[q] = rank(kept, truth[q], rng);
            recovery(all, truth[q], q, mean, sd, c50, c90);
        }
        if (withLogLik) {
            int q = m - 1;
            names.add(LOG_LIK);
            truth[q] = logLik(model, model.unconstrain(freeValues(model, sim.truth())));
            double[] kept = new double[thinned];
            int j = 0;
            for (double[] chain : logLikDraws) {
                for (int i = 0; i < perChain; i++) kept[j++] = chain[(i + 1) * thin - 1];
            }
            rank[q] = rank(kept, truth[q], rng);
            recovery(kept, truth[q], q, mean, sd, c50, c90);
            c50[q] = false;
            c90[q] = false;
        }
        for (int q = 0; q < m; q++) pit[q] = (rank[q] + rng.nextDouble()) / (thinned + 1);
        double work = (double) draws.gradientEvaluations() * (model.dimension() + model.pointwiseSize());
        return new ReplicateResult(replicate, names, truth, rank, thinned, pit, mean, sd, c50, c90, draws.divergences(),
                maxRhat, minEss, thin, work, seconds(start), null);
    }

    /** Number of draws below the truth, ties split uniformly at random (so ranks stay uniform for atoms). */
    static int rank(double[] draws, double truth, UniformRandomProvider rng) {
        int below = 0;
        int equal = 0;
        for (double d : draws) {
            if (d < truth) below++;
            else if (d == truth) equal++;
        }
        return below + (equal == 0 ? 0 : rng.nextInt(equal + 1));
    }

    private static void recovery(double[] all, double truth, int q, double[] mean, double[] sd, boolean[] c50, boolean[] c90) {
        double s = 0;
        for (double x : all) s += x;
        double mu = s / all.length;
        double ss = 0;
        for (double x : all) ss += (x - mu) * (x - mu);
        mean[q] = mu;
        sd[q] = Math.sqrt(ss / (all.length - 1));
        double[] sorted = all.clone();
        Arrays.sort(sorted);
        c50[q] = quantile(sorted, 0.25) <= truth && truth <= quantile(sorted, 0.75);
        c90[q] = quantile(sorted, 0.05) <= truth && truth <= quantile(sorted, 0.95);
    }

    /** Type-7 quantile (linear interpolation between order statistics; R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * The smallest bulk-ESS over every series that is ranked: the checked parameters and, when not
     * {@code null}, the joint log-likelihood, which is ranked too and can mix more slowly than every
     * parameter (e.g. along the overall scale of nearly separating coefficients), so the thinning must
     * make its draws near independent as well. Undefined (NaN) values, as of a constant series, are skipped.
     */
    static double smallestEss(DiagnosticProvider essBulk, List<double[][]> parameters, double[][] logLik) {
        double min = Double.POSITIVE_INFINITY;
        for (double[][] x : parameters) {
            double ess = essBulk.evaluate(x);
            if (ess < min) min = ess;
        }
        if (logLik != null) {
            double ess = essBulk.evaluate(logLik);
            if (ess < min) min = ess;
        }
        return min;
    }

    /** The joint log-likelihood of the simulated data at every kept draw, by chain. */
    private static double[][] logLikDraws(CompiledModel model, Map<String, Integer> offsets, List<ChainDraws> chains, int n) {
        double[][] out = new double[chains.size()][n];
        for (int c = 0; c < chains.size(); c++) {
            double[][] draws = chains.get(c).draws();
            for (int i = 0; i < n; i++) out[c][i] = logLik(model, model.unconstrain(freeValues(model, offsets, draws[i])));
        }
        return out;
    }

    private static double logLik(CompiledModel model, double[] theta) {
        double[] out = new double[model.pointwiseSize()];
        model.pointwiseLogLikelihood(theta, out);
        double s = 0;
        for (double v : out) s += v;
        return s;
    }

    private static Map<String, Integer> offsets(List<VariableInfo> variables) {
        Map<String, Integer> offsets = new LinkedHashMap<>();
        int o = 0;
        for (VariableInfo v : variables) {
            offsets.put(v.name(), o);
            o += v.size();
        }
        return offsets;
    }

    private static Map<String, double[]> freeValues(CompiledModel model, Map<String, double[]> truth) {
        Map<String, double[]> values = new LinkedHashMap<>();
        for (VariableInfo p : model.parameters()) {
            double[] v = truth.get(p.name());
            if (v == null) throw new IllegalStateException("the simulation's truth has no value for free parameter '" + p.name() + "'");
            values.put(p.name(), v);
        }
        return values;
    }

    private static Map<String, double[]> freeValues(CompiledModel model, Map<String, Integer> offsets, double[] row) {
        Map<String, double[]> values = new LinkedHashMap<>();
        for (VariableInfo p : model.parameters()) {
            int o = offsets.get(p.name());
            values.put(p.name(), Arrays.copyOfRange(row, o, o + p.size()));
        }
        return values;
    }

    private static double[][] column(List<ChainDraws> chains, int n, int col) {
        double[][] x = new double[chains.size()][n];
        for (int c = 0; c < chains.size(); c++) {
            double[][] d = chains.get(c).draws();
            for (int i = 0; i < n; i++) x[c][i] = d[i][col];
        }
        return x;
    }

    private static double[] thinned(List<ChainDraws> chains, int n, int col, int thin, int perChain) {
        double[] out = new double[chains.size() * perChain];
        int j = 0;
        for (ChainDraws c : chains) for (int i = 0; i < perChain; i++) out[j++] = c.draws()[(i + 1) * thin - 1][col];
        return out;
    }

    private static double[] flatten(double[][] x) {
        return Arrays.stream(x).flatMapToDouble(Arrays::stream).toArray();
    }

    private static double seconds(long start) { return (System.nanoTime() - start) / 1e9; }
}
