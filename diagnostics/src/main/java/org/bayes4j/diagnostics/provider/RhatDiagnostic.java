package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.Rhat;

/** {@code rhat}: maximum of the rank-normalised split R-hat and the folded (tail) R-hat. */
public final class RhatDiagnostic extends PosteriorDiagnostic {
    public RhatDiagnostic() {
        super("rhat", "maximum of the rank-normalised split R-hat and the folded (tail) R-hat.", Rhat::rhat);
    }
}
