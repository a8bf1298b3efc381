package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.Rhat;

/** {@code rhat_tail}: rank-normalised split R-hat of the draws folded about their median. */
public final class RhatTail extends PosteriorDiagnostic {
    public RhatTail() {
        super("rhat_tail", "rank-normalised split R-hat of the draws folded about their median.", Rhat::tail);
    }
}
