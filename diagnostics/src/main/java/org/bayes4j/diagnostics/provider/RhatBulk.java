package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.Rhat;

/** {@code rhat_bulk}: rank-normalised split R-hat. */
public final class RhatBulk extends PosteriorDiagnostic {
    public RhatBulk() {
        super("rhat_bulk", "rank-normalised split R-hat.", Rhat::bulk);
    }
}
