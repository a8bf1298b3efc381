package org.bayes4j.distributions.continuous;

import java.util.List;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.TSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The location-scale Student-t distribution {@code student_t(nu, mu, sigma)}:
 * $$\log p(y\mid\nu,\mu,\sigma) = \log\Gamma\!\left(\tfrac{\nu+1}{2}\right) - \log\Gamma\!\left(\tfrac{\nu}{2}\right)
 *   - \tfrac12\log(\nu\pi) - \log\sigma - \tfrac{\nu+1}{2}\log\!\left(1 + \tfrac{z^2}{\nu}\right),
 *   \qquad z = \frac{y-\mu}{\sigma}.$$
 *
 * <p>Support: $y \in \mathbb{R}$. Parameters: degrees of freedom $\nu > 0$, location $\mu$, scale $\sigma > 0$.
 * Mean $\mu$ for $\nu > 1$; variance $\sigma^2\nu/(\nu-2)$ for $\nu > 2$.
 *
 * <p>Numerics. The gamma ratio is written with the beta function,
 * $\log\Gamma(\frac{\nu+1}{2}) - \log\Gamma(\frac{\nu}{2}) - \frac12\log\pi = -\log B(\frac{\nu}{2}, \frac12)$,
 * which {@link LogBeta} evaluates without the cancellation of two huge log-gammas at large $\nu$.
 * With $t = z/\sqrt\nu$, $\log(1+t^2)$ is $2\log|t| + \operatorname{log1p}(t^{-2})$ when $|t| > 1$.
 *
 * <p>Partials, with $w = t^2/(1+t^2) = z^2/(\nu + z^2)$:
 * <ul>
 * <li>$\partial_y = -\dfrac{(\nu+1)z}{\sigma(\nu+z^2)} = -\dfrac{\nu+1}{\sigma\sqrt\nu}\,\dfrac{t}{1+t^2}$, and $\partial_\mu = -\partial_y$;</li>
 * <li>$\partial_\sigma = \dfrac{(\nu+1)w - 1}{\sigma}$;</li>
 * <li>$\partial_\nu = \tfrac12\left[\psi\!\left(\tfrac{\nu+1}{2}\right) - \psi\!\left(\tfrac{\nu}{2}\right)\right] - \dfrac{1}{2\nu}
 *     - \tfrac12\log(1+t^2) + \dfrac{(\nu+1)w}{2\nu}$,
 *     since $\partial_\nu \log(1 + z^2/\nu) = -z^2/(\nu(\nu+z^2))$.</li>
 * </ul>
 *
 * <p>Draws: {@link TSampler} (Bailey's polar method, 1994), shifted and scaled.
 *
 * <p>Reference: Stan Functions Reference, "Student-t distribution".
 */
public final class StudentTFamily implements DistributionFamily, CumulativeDistribution {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("nu", Positive.INSTANCE, "degrees of freedom"),
            ParameterSpec.scalar("mu", Real.INSTANCE, "location"),
            ParameterSpec.scalar("sigma", Positive.INSTANCE, "scale"));

    @Override public String name() { return "student_t"; }

    @Override public String description() { return "Student-t distribution with nu degrees of freedom, location mu and scale sigma"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Real.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), nu = args.parameter(0), mu = args.parameter(1), sigma = args.parameter(2);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), nub = nu.get(b), mub = mu.get(b), sigmab = sigma.get(b);
            double lp;
            if (!Double.isFinite(yb) || !Double.isFinite(mub) || !(sigmab > 0) || sigmab == Double.POSITIVE_INFINITY
                    || !(nub > 0) || nub == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double logSigma = Math.log(sigmab);
                double sqrtNu = Math.sqrt(nub);
                double diff = yb - mub;
                double t = diff / (sigmab * sqrtNu);
                double logOnePlusT2, tOverOnePlusT2, w;
                if (Math.abs(t) <= 1) {
                    double t2 = t * t;
                    logOnePlusT2 = Math.log1p(t2);
                    tOverOnePlusT2 = t / (1 + t2);
                    w = t2 / (1 + t2);
                } else {
                    double invT = 1 / t;
                    logOnePlusT2 = 2 * (Math.log(Math.abs(diff)) - logSigma - 0.5 * Math.log(nub)) + Math.log1p(invT * invT);
                    tOverOnePlusT2 = 1 / (t + invT);
                    w = 1 / (1 + invT * invT);
                }
                double halfNuPlusOne = 0.5 * (nub + 1);
                lp = -LogBeta.value(0.5 * nub, 0.5) - 0.5 * Math.log(nub) - logSigma - halfNuPlusOne * logOnePlusT2;
                double invSigma = 1 / sigmab;
                if (y.hasAdjoint() || mu.hasAdjoint()) {
                    double dy = -(nub + 1) * invSigma / sqrtNu * tOverOnePlusT2;
                    y.addAdjoint(b, dy);
                    mu.addAdjoint(b, -dy);
                }
                sigma.addAdjoint(b, ((nub + 1) * w - 1) * invSigma);
                if (nu.hasAdjoint()) {
                    double digammaDifference = Digamma.value(halfNuPlusOne) - Digamma.value(0.5 * nub);
                    nu.addAdjoint(b, 0.5 * digammaDifference - 0.5 / nub - 0.5 * logOnePlusT2 + halfNuPlusOne * w / nub);
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand nu = args.parameter(0), mu = args.parameter(1), sigma = args.parameter(2);
        TSampler standard = null;
        for (int b = 0; b < args.batchSize(); b++) {
            // one sampler per distinct nu: reused across a broadcast batch
            if (standard == null || !(nu.isBroadcast())) standard = TSampler.of(rng, nu.get(b));
            out[outOffset + b] = mu.get(b) + sigma.get(b) * standard.sample();
        }
    }

    /** $\log F(y)$; see {@link BetaCdfs}. */
    @Override public double logCdf(Operands args) { return BetaCdfs.studentT(args, false); }

    /** $\log(1 - F(y))$. */
    @Override public double logCcdf(Operands args) { return BetaCdfs.studentT(args, true); }
}
