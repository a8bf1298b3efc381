package org.bayes4j.diagnostics.loo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bayes4j.diagnostics.convergence.Moments;
import org.bayes4j.spi.diagnostic.ComparisonResult;
import org.bayes4j.spi.diagnostic.ModelComparer;

/**
 * Model comparison by expected log predictive density, as {@code loo::loo_compare}
 * (Vehtari, Gelman and Gabry 2017, Section 5.2): models ordered by total elpd, best
 * first; for each, the pointwise differences {@code d_i = elpd_{i,model} - elpd_{i,best}}
 * give {@code elpd_diff = sum d_i} and {@code se_diff = sqrt(N) sd(d)}, which is much
 * smaller than the SEs of the totals because the observations' difficulties
 * cancel. Model weights by {@link StackingWeights} and {@link PseudoBmaWeights}.
 */
public final class ModelComparison implements ModelComparer {

    @Override
    public ComparisonResult compare(Map<String, double[]> pointwiseElpd) {
        if (pointwiseElpd.size() < 2) {
            throw new IllegalArgumentException("compare: need at least two models, got " + pointwiseElpd.keySet());
        }
        List<String> names = new ArrayList<>(pointwiseElpd.keySet());
        int n = pointwiseElpd.get(names.get(0)).length;
        for (String name : names) {
            double[] v = pointwiseElpd.get(name);
            if (v.length != n) {
                throw new IllegalArgumentException("compare: model '" + name + "' has " + v.length + " pointwise values, but '"
                        + names.get(0) + "' has " + n + "; models must be fitted to the same observations");
            }
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(v[i])) {
                    throw new IllegalArgumentException("compare: model '" + name + "' pointwise elpd[" + i + "] is " + v[i] + ", but must be finite");
                }
            }
        }
        Map<String, Double> totals = new LinkedHashMap<>();
        for (String name : names) totals.put(name, LogLikelihoodMatrix.estimate(pointwiseElpd.get(name))[0]);
        // stable sort: ties keep the input order, as R's order()
        List<String> order = new ArrayList<>(names);
        order.sort(Comparator.comparingDouble((String m) -> totals.get(m)).reversed());
        double[] best = pointwiseElpd.get(order.get(0));
        double[] diff = new double[order.size()];
        double[] se = new double[order.size()];
        for (int m = 0; m < order.size(); m++) {
            double[] v = pointwiseElpd.get(order.get(m));
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = v[i] - best[i];
                diff[m] += d[i];
            }
            se[m] = m == 0 ? 0 : Math.sqrt(n) * Moments.sd(d);
        }
        double[][] lpd = new double[n][names.size()];
        for (int j = 0; j < names.size(); j++) {
            double[] v = pointwiseElpd.get(names.get(j));
            for (int i = 0; i < n; i++) lpd[i][j] = v[i];
        }
        return new ComparisonResult(order, diff, se, byName(names, StackingWeights.of(lpd)),
                byName(names, PseudoBmaWeights.plain(lpd)),
                byName(names, PseudoBmaWeights.bayesianBootstrap(lpd, PseudoBmaWeights.SEED)));
    }

    private static Map<String, Double> byName(List<String> names, double[] w) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int j = 0; j < names.size(); j++) out.put(names.get(j), w[j]);
        return out;
    }
}
