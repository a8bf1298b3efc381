package org.bayes4j.distributions.discrete;

import java.util.List;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The negative binomial distribution in Stan's mean parameterisation, {@code neg_binomial_2(mu, phi)}:
 * a Poisson whose rate is Gamma with mean $\mu$ and shape $\phi$,
 * $$\log p(y\mid\mu,\phi) = \log\binom{y + \phi - 1}{y} + y\log\frac{\mu}{\mu + \phi} + \phi\log\frac{\phi}{\mu + \phi}.$$
 *
 * <p>Support: $y \in \{0, 1, \dots\}$. Parameters: mean $\mu > 0$, concentration $\phi > 0$.
 * Variance $\mu + \mu^2/\phi$; $\phi \to \infty$ is the Poisson.
 *
 * <p>Numerics. $\log\binom{y+\phi-1}{y} = \log\Gamma(y+\phi) - \log\Gamma(y+1) - \log\Gamma(\phi)
 * = -\log y - \log B(y, \phi)$ for $y \ge 1$ (and 0 at $y = 0$), which {@link LogBeta} keeps
 * accurate at large $\phi$ where the three log-gammas would cancel. $\phi\log(\phi/(\mu+\phi))$ is
 * $-\phi\,\operatorname{log1p}(\mu/\phi)$.
 *
 * <p>Partials: $\partial_\mu = y/\mu - (y + \phi)/(\mu + \phi)$,
 * $\partial_\phi = \psi(y + \phi) - \psi(\phi) - \operatorname{log1p}(\mu/\phi) + (\mu - y)/(\mu + \phi)$.
 *
 * <p>Draws: exact gamma-Poisson mixture, $\lambda \sim \mathrm{Gamma}(\phi, \text{rate } \phi/\mu)$, $y \sim \mathrm{Poisson}(\lambda)$.
 *
 * <p>Reference: Stan Functions Reference, "Negative binomial distribution (alternative parameterization)".
 */
public final class NegativeBinomial2Family implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("mu", Positive.INSTANCE, "mean"),
            ParameterSpec.scalar("phi", Positive.INSTANCE, "concentration (inverse overdispersion)"));

    @Override public String name() { return "neg_binomial_2"; }

    @Override public String description() { return "negative binomial distribution of counts with mean mu and concentration phi"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), mu = args.parameter(0), phi = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), mub = mu.get(b), phib = phi.get(b);
            double lp;
            if (!Counts.isCount(yb) || !(mub > 0) || mub == Double.POSITIVE_INFINITY || !(phib > 0)
                    || phib == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double muPlusPhi = mub + phib;
                double log1pMuOverPhi = Math.log1p(mub / phib);
                lp = -phib * log1pMuOverPhi;
                if (yb > 0) lp += -Math.log(yb) - LogBeta.value(yb, phib) + yb * (Math.log(mub) - Math.log(muPlusPhi));
                mu.addAdjoint(b, yb / mub - (yb + phib) / muPlusPhi);
                if (phi.hasAdjoint()) {
                    double digammaDifference = yb == 0 ? 0 : Digamma.value(yb + phib) - Digamma.value(phib);
                    phi.addAdjoint(b, digammaDifference - log1pMuOverPhi + (mub - yb) / muPlusPhi);
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand mu = args.parameter(0), phi = args.parameter(1);
        for (int b = 0; b < args.batchSize(); b++) {
            double phib = phi.get(b);
            double rate = AhrensDieterMarsagliaTsangGammaSampler.of(rng, phib, mu.get(b) / phib).sample();
            out[outOffset + b] = PoissonDraws.draw(rng, rate);
        }
    }
}
