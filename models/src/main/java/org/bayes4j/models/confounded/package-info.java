/**
 * Confounded groups (catalogue model 7; Mundlak 1978; Bafumi &amp; Gelman
 * 2006; McElreath's <i>Statistical Rethinking</i> 2023 lectures on fixed
 * effects, multilevel models and the Mundlak machine). Individuals $i$ in groups
 * $g[i]$ have an outcome $Y_i$, an individual covariate $X_i$ and a group
 * trait $Z_g$; an unobserved group trait $U_g$ raises both $X$ and $Y$, so a
 * regression of $Y$ on $X$ that ignores the groups overstates the effect of
 * $X$. Five estimators of the same Bernoulli-logit outcome show what each
 * way of handling the groups buys:
 * <ul>
 *   <li>naive: one intercept, confounded by $U$;</li>
 *   <li>fixed effects: an intercept per group absorbs $U$, and with it every
 *       group-level trait, so $b_Z$ is not identified;</li>
 *   <li>multilevel: partially pooled intercepts estimate $b_Z$ but only
 *       partly remove the confound, since the intercepts are assumed
 *       independent of $X$;</li>
 *   <li>Mundlak: adding the group mean $\bar X_g$ as a covariate lets the
 *       intercepts be correlated with $X$ (Mundlak 1978);</li>
 *   <li>latent Mundlak: a latent group trait $G_g$ that drives both $X$
 *       and $Y$, estimated jointly, which also propagates the uncertainty
 *       in the group means.</li>
 * </ul>
 * The data-generating process of the catalogue is {@link org.bayes4j.models.confounded.ConfoundedWorld};
 * each provider's own simulator is its generative model, as SBC needs.
 */
package org.bayes4j.models.confounded;
