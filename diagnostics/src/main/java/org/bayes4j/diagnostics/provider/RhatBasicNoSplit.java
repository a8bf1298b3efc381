package org.bayes4j.diagnostics.provider;

import org.bayes4j.diagnostics.convergence.Rhat;

/** {@code rhat_basic_nosplit}: classic R-hat of the unsplit chains (undefined for one chain). */
public final class RhatBasicNoSplit extends PosteriorDiagnostic {
    public RhatBasicNoSplit() {
        super("rhat_basic_nosplit", "classic R-hat of the unsplit chains (undefined for one chain).", Rhat::basicNoSplit);
    }
}
