package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;

/** {@code ess_bulk}: effective sample size of the rank-normalised split chains. */
public final class EssBulk extends PosteriorDiagnostic {
    public EssBulk() {
        super("ess_bulk", "effective sample size of the rank-normalised split chains.", EffectiveSampleSize::bulk);
    }
}
