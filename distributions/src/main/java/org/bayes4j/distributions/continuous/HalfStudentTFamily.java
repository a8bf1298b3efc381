package org.bayes4j.distributions.continuous;

import java.util.List;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogBeta;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.TSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The half Student-t distribution {@code half_student_t(nu, sigma)}: the law of $|X|$ for $X$
 * Student-t with $\nu$ degrees of freedom, location 0 and scale $\sigma$ (a weakly informative prior
 * for scales; $\nu = 1$ is the half-Cauchy),
 * $$\log p(y\mid\nu,\sigma) = \log 2 - \log B(\tfrac\nu2, \tfrac12) - \tfrac12\log\nu - \log\sigma
 *   - \tfrac{\nu+1}{2}\log(1 + t^2),\qquad t = \frac{y}{\sigma\sqrt\nu}.$$
 *
 * <p>Support: $y > 0$. Parameters: $\nu > 0$, $\sigma > 0$.
 *
 * <p>Partials, with $w = t^2/(1+t^2)$ (as for {@link StudentTFamily} at $\mu = 0$):
 * $\partial_y = -\dfrac{\nu+1}{\sigma\sqrt\nu}\,\dfrac{t}{1+t^2}$, $\partial_\sigma = ((\nu+1)w - 1)/\sigma$,
 * $\partial_\nu = \tfrac12[\psi(\tfrac{\nu+1}2) - \psi(\tfrac\nu2)] - \tfrac{1}{2\nu} - \tfrac12\log(1+t^2) + \tfrac{(\nu+1)w}{2\nu}$.
 *
 * <p>Draws: $\sigma|T|$ with $T$ from {@link TSampler}.
 *
 * <p>Reference: Stan Functions Reference, "Student-t distribution" (with lower bound 0);
 * Gelman (2006), Bayesian Analysis 1(3), Section 4.
 */
public final class HalfStudentTFamily implements DistributionFamily, CumulativeDistribution {

    private static final double LOG_TWO = Math.log(2);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("nu", Positive.INSTANCE, "degrees of freedom"),
            ParameterSpec.scalar("sigma", Positive.INSTANCE, "scale"));

    @Override public String name() { return "half_student_t"; }

    @Override public String description() { return "half Student-t distribution on the positive reals with nu degrees of freedom and scale sigma"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Positive.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), nu = args.parameter(0), sigma = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), nub = nu.get(b), sigmab = sigma.get(b);
            double lp;
            if (!Positives.allFinitePositive(yb, nub, sigmab)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double logSigma = Math.log(sigmab), sqrtNu = Math.sqrt(nub);
                double t = yb / (sigmab * sqrtNu);
                double logOnePlusT2, tOverOnePlusT2, w;
                if (t <= 1) {
                    double t2 = t * t;
                    logOnePlusT2 = Math.log1p(t2);
                    tOverOnePlusT2 = t / (1 + t2);
                    w = t2 / (1 + t2);
                } else {
                    double invT = 1 / t;
                    logOnePlusT2 = 2 * (Math.log(yb) - logSigma - 0.5 * Math.log(nub)) + Math.log1p(invT * invT);
                    tOverOnePlusT2 = 1 / (t + invT);
                    w = 1 / (1 + invT * invT);
                }
                double halfNuPlusOne = 0.5 * (nub + 1);
                lp = LOG_TWO - LogBeta.value(0.5 * nub, 0.5) - 0.5 * Math.log(nub) - logSigma - halfNuPlusOne * logOnePlusT2;
                double invSigma = 1 / sigmab;
                y.addAdjoint(b, -(nub + 1) * invSigma / sqrtNu * tOverOnePlusT2);
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
        Operand nu = args.parameter(0), sigma = args.parameter(1);
        TSampler standard = null;
        for (int b = 0; b < args.batchSize(); b++) {
            if (standard == null || !nu.isBroadcast()) standard = TSampler.of(rng, nu.get(b));
            double draw;
            do {
                draw = Math.abs(standard.sample());
            } while (draw == 0);
            out[outOffset + b] = sigma.get(b) * draw;
        }
    }

    /** $\log F(y)$; see {@link BetaCdfs}. */
    @Override public double logCdf(Operands args) { return BetaCdfs.halfStudentT(args, false); }

    /** $\log(1 - F(y))$. */
    @Override public double logCcdf(Operands args) { return BetaCdfs.halfStudentT(args, true); }
}
