/**
 * Catalogue model 6: ordered logistic regression of the Trolley moral
 * judgements (Cushman, Young &amp; Hauser 2006; McElreath 2020, chapters 12-13).
 *
 * <p>An ordinal response $R \in \{1..7\}$ is modelled as a latent
 * $\phi + \varepsilon$, $\varepsilon$ standard logistic, cut at increasing
 * cutpoints $\kappa_1 < \dots < \kappa_6$: $P(R \le k) =
 * \operatorname{logistic}(\kappa_k - \phi)$ (McCullagh 1980, the proportional
 * odds model). A positive coefficient in $\phi$ moves every answer up the scale
 * by the same amount on the log-odds scale. Here $\phi$ adds the three
 * treatments of the stories (action, intention, contact) and varying
 * intercepts for the 12 stories and the 331 participants, whose answers are
 * far from exchangeable: some participants answer high throughout.
 *
 * <p>Two forms: {@link org.bayes4j.models.trolley.NonCenteredTrolley}
 * ({@code trolley}, intercepts as scaled standard normals) and
 * {@link org.bayes4j.models.trolley.CenteredTrolley} ({@code trolley-centered}).
 * Both induce the cutpoints from a simplex of response probabilities
 * ({@link org.bayes4j.models.trolley.Cutpoints}), and read
 * {@code Trolley.csv} unchanged ({@link org.bayes4j.models.trolley.TrolleyData}).
 */
package org.bayes4j.models.trolley;
