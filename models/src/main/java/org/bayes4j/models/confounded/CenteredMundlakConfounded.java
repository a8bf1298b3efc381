package org.bayes4j.models.confounded;

/**
 * Confounded groups 7d, the Mundlak estimator of {@link MundlakConfounded}
 * with centred intercepts, $\alpha_g \sim N(\bar\alpha, \tau)$. The
 * likelihood, priors and posterior of $(b_X, b_Z, b_{\bar X})$ are the same;
 * only the sampler's geometry differs (a funnel between $\tau$ and the
 * intercepts when the groups say little about their own intercept).
 */
public final class CenteredMundlakConfounded extends MundlakConfounded {

    public CenteredMundlakConfounded() { super(Estimator.MUNDLAK_CENTRED); }

    @Override public String description() {
        return "Confounded groups, Mundlak (centred): alpha_g ~ N(alpha_bar, tau) plus b_Xbar * Xbar_g, the group mean of X.";
    }
}
