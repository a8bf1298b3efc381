package org.bayes4j.models.grouped;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.SamplingTarget;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.SampleStats;

/** Draws made by hand: one chain whose rows are a target's recorded output at given unconstrained points. */
final class FixedDraws {

    private FixedDraws() {}

    static Draws of(SamplingTarget target, List<double[]> thetas) {
        LogDensity evaluator = target.newEvaluator();
        List<double[]> rows = new ArrayList<>();
        for (double[] theta : thetas) {
            double[] out = new double[target.outputNames().size()];
            target.writeOutput(evaluator, theta, out);
            rows.add(out);
        }
        SampleStats stats = new SampleStats(0, 1, 0.1, 1, 1, false, 0);
        ChainDraws chain = new ChainDraws(rows.toArray(new double[0][]), Collections.nCopies(rows.size(), stats), new double[0][],
                List.of(), 0.1, new double[0], 0, 0, 0, null);
        return new Draws(target.outputVariables(), List.of(chain), Map.of());
    }
}
