package org.bayes4j.models.confounded;

/**
 * Confounded groups 7e, the latent Mundlak estimator of
 * {@link LatentMundlakConfounded} with centred intercepts,
 * $\alpha_g \sim N(\bar\alpha, \tau)$; the joint model of $X$ and $Y$
 * and its latent group trait $G_g$ are unchanged.
 */
public final class CenteredLatentMundlakConfounded extends LatentMundlakConfounded {

    public CenteredLatentMundlakConfounded() { super(Estimator.LATENT_MUNDLAK_CENTRED); }

    @Override public String description() {
        return "Confounded groups, latent Mundlak (centred): alpha_g ~ N(alpha_bar, tau); X_i ~ N(a_X + b_GX G_g, sigma_X) and "
                + "logit p_i = alpha_g + b_X X_i + b_Z Z_g + b_GY G_g.";
    }
}
