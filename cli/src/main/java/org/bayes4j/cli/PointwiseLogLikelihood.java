package org.bayes4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.bayes4j.cli.io.LogLikelihoodCsvWriter;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.model.CompiledModel;

/**
 * The pointwise log likelihood $\ell_{si} = \log p(y_i \mid \theta^{(s)})$ of
 * every kept draw $s$ and observed event $i$: the input of PSIS-LOO and WAIC
 * (Vehtari, Gelman and Gabry 2017, Section 2), written as the CSV file
 * {@code bayes4j loo} reads.
 */
final class PointwiseLogLikelihood {

    private PointwiseLogLikelihood() {}

    /** Draw by observation, draws of {@code draws} in chain order (each chain truncated to {@link Draws#numDraws()}). */
    static double[][] of(CompiledModel model, Draws draws, Map<ChainDraws, double[][]> recorded) {
        List<double[]> points = PosteriorPoints.of(model, draws, recorded);
        double[][] out = new double[points.size()][model.pointwiseSize()];
        for (int s = 0; s < out.length; s++) model.pointwiseLogLikelihood(points.get(s), out[s]);
        return out;
    }

    /** Writes the matrix with a 1-based {@code chain} column and the observation names as header; returns {@code file}. */
    static Path write(Path file, CompiledModel model, Draws draws, Map<ChainDraws, double[][]> recorded) throws IOException {
        double[][] logLik = of(model, draws, recorded);
        int[] chainId = new int[logLik.length];
        int perChain = draws.numDraws();
        for (int s = 0; s < chainId.length; s++) chainId[s] = s / perChain + 1;
        LogLikelihoodCsvWriter.write(file, ObservationNames.of(model), logLik, chainId);
        return file;
    }
}
