package org.bayes4j.models.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.diagnostic.LooProvider;
import org.bayes4j.spi.diagnostic.LooResult;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;

/**
 * The pointwise log likelihood of every kept draw of a fit, computed by the
 * compiled model itself ({@link CompiledModel#pointwiseLogLikelihood} at the
 * draw mapped back to the unconstrained scale), and PSIS-LOO of it through
 * the {@link LooProvider} found by {@code ServiceLoader}.
 *
 * @param logLik  draws (chains concatenated) x observations
 * @param chainId chain of each row
 */
public record PointwiseLogLikelihood(double[][] logLik, int[] chainId) {

    public static PointwiseLogLikelihood of(CompiledModel model, Draws draws) {
        int per = draws.numDraws();
        int rows = per * draws.numChains();
        double[][] ll = new double[rows][model.pointwiseSize()];
        int[] chain = new int[rows];
        Map<String, int[]> columns = new LinkedHashMap<>();
        for (VariableInfo p : model.parameters()) {
            columns.put(p.name(), p.elementNames().stream().mapToInt(draws::indexOf).toArray());
        }
        for (int c = 0, row = 0; c < draws.numChains(); c++) {
            double[][] d = draws.chains().get(c).draws();
            for (int t = 0; t < per; t++, row++) {
                Map<String, double[]> values = new LinkedHashMap<>();
                for (Map.Entry<String, int[]> e : columns.entrySet()) {
                    int[] cols = e.getValue();
                    double[] v = new double[cols.length];
                    for (int k = 0; k < cols.length; k++) v[k] = d[t][cols[k]];
                    values.put(e.getKey(), v);
                }
                model.pointwiseLogLikelihood(model.unconstrain(values), ll[row]);
                chain[row] = c;
            }
        }
        return new PointwiseLogLikelihood(ll, chain);
    }

    /** PSIS-LOO with relative efficiencies from the chains. */
    public LooResult loo() {
        LooProvider loo = ServiceLoader.load(LooProvider.class).findFirst()
                .orElseThrow(() -> new AssertionError("no LooProvider on the class path (bayes4j-diagnostics at test scope)"));
        return loo.loo(logLik, chainId);
    }
}
