package org.bayes4j.diagnostics.loo;

import org.bayes4j.spi.diagnostic.LooProvider;
import org.bayes4j.spi.diagnostic.LooResult;
import org.bayes4j.spi.diagnostic.PsisResult;
import org.bayes4j.spi.diagnostic.WaicResult;

/** The {@link LooProvider} service: PSIS-LOO, WAIC and PSIS as the R package {@code loo}. */
public final class LooService implements LooProvider {

    @Override
    public LooResult loo(double[][] logLik, int[] chainId) {
        return PsisLoo.compute(logLik, chainId);
    }

    @Override
    public LooResult loo(double[][] logLik, double[] relativeEfficiency) {
        return PsisLoo.compute(logLik, relativeEfficiency);
    }

    @Override
    public WaicResult waic(double[][] logLik) { return Waic.compute(logLik); }

    @Override
    public PsisResult psis(double[] logRatios, double rEff) { return ParetoSmoothedImportanceSampling.smooth(logRatios, rEff); }
}
