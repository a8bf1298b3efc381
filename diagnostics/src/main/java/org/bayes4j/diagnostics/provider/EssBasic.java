package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.EffectiveSampleSize;

/** {@code ess_basic}: classic split-chain effective sample size. */
public final class EssBasic extends PosteriorDiagnostic {
    public EssBasic() {
        super("ess_basic", "classic split-chain effective sample size.", EffectiveSampleSize::basic);
    }
}
