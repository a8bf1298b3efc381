package org.bayes4j.models.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Model;

/**
 * K-fold scoring by refitting on a subset of rows, for a model whose rows are
 * exchangeable given its parameters and whose parameters do not depend on
 * which rows it sees (a regression without group effects). The same model
 * is built twice per fold from {@code modelOnRows}: on the training rows, to
 * be sampled, and on the held-out rows, to be scored. Both have the same free
 * variables, so each posterior draw of the first is a point of the second:
 * its constrained values are read from the draws, mapped to the held-out
 * model's unconstrained space, and the pointwise log-likelihood there is
 * {@code log p(y_i | theta_s)} for each held-out row {@code i}
 * (Vehtari, Gelman &amp; Gabry 2017, section 4, exact K-fold).
 *
 * <p>{@code modelOnRows} must give a model with exactly one pointwise
 * log-likelihood term per row (one observed variable whose events are the
 * rows); anything that depends on the data as a whole, such as the centre of
 * the predictors, must be fixed outside it so both models agree on what the
 * parameters mean.
 */
public final class RowRefitScorer implements FoldScorer {

    private final int rows;
    private final Function<int[], Model> modelOnRows;

    /**
     * @param rows        the number of rows N of the full data set
     * @param modelOnRows the model on the given rows (0-based, ascending)
     */
    public RowRefitScorer(int rows, Function<int[], Model> modelOnRows) {
        this.rows = rows;
        this.modelOnRows = modelOnRows;
    }

    @Override public int rows() { return rows; }

    @Override
    public SamplingTarget trainingTarget(boolean[] training) {
        if (training.length != rows) {
            throw new IllegalArgumentException("training mask has " + training.length + " entries, but the data have " + rows + " rows");
        }
        int count = 0;
        for (boolean t : training) if (t) count++;
        int[] kept = new int[count];
        for (int i = 0, j = 0; i < rows; i++) if (training[i]) kept[j++] = i;
        return modelOnRows.apply(kept).compile();
    }

    @Override
    public double[][] heldOutLogLikelihood(Draws posterior, int[] heldOut) {
        CompiledModel scored = modelOnRows.apply(heldOut.clone()).compile();
        if (scored.pointwiseSize() != heldOut.length) {
            throw new IllegalStateException("the model on " + heldOut.length + " held-out rows has " + scored.pointwiseSize()
                    + " pointwise log-likelihood terms, but row-wise K-fold needs one per row");
        }
        Map<String, Integer> columnOf = columns(posterior);
        List<VariableInfo> parameters = scored.parameters();
        int perChain = posterior.numDraws();
        double[][] out = new double[posterior.numChains() * perChain][heldOut.length];
        Map<String, double[]> values = new HashMap<>();
        for (int c = 0; c < posterior.numChains(); c++) {
            double[][] chain = posterior.chains().get(c).draws();
            for (int s = 0; s < perChain; s++) {
                for (VariableInfo v : parameters) {
                    Integer from = columnOf.get(v.name());
                    if (from == null) {
                        throw new IllegalStateException("the draws have no variable '" + v.name() + "' of the held-out model");
                    }
                    double[] value = new double[v.size()];
                    System.arraycopy(chain[s], from, value, 0, value.length);
                    values.put(v.name(), value);
                }
                scored.pointwiseLogLikelihood(scored.unconstrain(values), out[c * perChain + s]);
            }
        }
        return out;
    }

    /** First column of each recorded variable. */
    private static Map<String, Integer> columns(Draws draws) {
        Map<String, Integer> out = new HashMap<>();
        int offset = 0;
        for (VariableInfo v : draws.variables()) {
            out.put(v.name(), offset);
            offset += v.size();
        }
        return out;
    }
}
