package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.Rhat;

/** {@code rhat_basic}: classic split R-hat (Gelman et al. 2013). */
public final class RhatBasic extends PosteriorDiagnostic {
    public RhatBasic() {
        super("rhat_basic", "classic split R-hat (Gelman et al. 2013).", Rhat::basic);
    }
}
