package org.bayes4j.distributions.continuous;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.distribution.CumulativeDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The Weibull distribution {@code weibull(alpha, sigma)} with shape $\alpha$ and scale $\sigma$:
 * $$\log p(y\mid\alpha,\sigma) = \log\alpha - \log\sigma + (\alpha - 1)L - e^{\alpha L},\qquad L = \log(y/\sigma).$$
 *
 * <p>Support: $y > 0$. Parameters: shape $\alpha > 0$, scale $\sigma > 0$. Mean $\sigma\Gamma(1 + 1/\alpha)$,
 * variance $\sigma^2[\Gamma(1 + 2/\alpha) - \Gamma(1 + 1/\alpha)^2]$.
 *
 * <p>Partials, with $w = (y/\sigma)^\alpha$: $\partial_y = ((\alpha - 1) - \alpha w)/y$,
 * $\partial_\alpha = 1/\alpha + L(1 - w)$, $\partial_\sigma = \alpha(w - 1)/\sigma$.
 *
 * <p>Draws: inversion, $\sigma E^{1/\alpha}$ with $E$ standard exponential.
 *
 * <p>Reference: Stan Functions Reference, "Weibull distribution".
 *
 * <p>CDF: $\log F = \log(-\operatorname{expm1}(-(y/\sigma)^\alpha))$, $\log(1-F) = -(y/\sigma)^\alpha$.
 */
public final class WeibullFamily implements DistributionFamily, CumulativeDistribution {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("alpha", Positive.INSTANCE, "shape"),
            ParameterSpec.scalar("sigma", Positive.INSTANCE, "scale"));

    @Override public String name() { return "weibull"; }

    @Override public String description() { return "Weibull distribution on the positive reals with shape alpha and scale sigma"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Positive.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), alpha = args.parameter(0), sigma = args.parameter(1);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), alphab = alpha.get(b), sigmab = sigma.get(b);
            double lp;
            if (!Positives.allFinitePositive(yb, alphab, sigmab)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double logSigma = Math.log(sigmab);
                double logRatio = Math.log(yb) - logSigma;
                double w = Math.exp(alphab * logRatio);
                lp = Math.log(alphab) - logSigma + (alphab - 1) * logRatio - w;
                y.addAdjoint(b, ((alphab - 1) - alphab * w) / yb);
                alpha.addAdjoint(b, 1 / alphab + logRatio * (1 - w));
                sigma.addAdjoint(b, alphab * (w - 1) / sigmab);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand alpha = args.parameter(0), sigma = args.parameter(1);
        ZigguratSampler.Exponential exponential = ZigguratSampler.Exponential.of(rng);
        for (int b = 0; b < args.batchSize(); b++) {
            double draw;
            do {
                draw = sigma.get(b) * Math.pow(exponential.sample(), 1 / alpha.get(b));
            } while (draw == 0);
            out[outOffset + b] = draw;
        }
    }

    /** Cumulative hazard $h = (x/\sigma)^\alpha$ with partials $(\alpha h/x,\ h\log(x/\sigma),\ -\alpha h/\sigma)$; NaN for invalid parameters. */
    private static double hazard(Operands args, int b, double[] partials) {
        double x = args.value().get(b), alpha = args.parameter(0).get(b), sigma = args.parameter(1).get(b);
        if (!(alpha > 0) || !(sigma > 0) || alpha == Double.POSITIVE_INFINITY || sigma == Double.POSITIVE_INFINITY) return Double.NaN;
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) return 0;
        double logRatio = Math.log(x / sigma), h = Math.exp(alpha * logRatio);
        partials[0] = alpha * h / x;
        partials[1] = h * logRatio;
        partials[2] = -alpha * h / sigma;
        return h;
    }

    @Override public double logCdf(Operands args) { return Cdfs.cumulativeHazard(args, false, WeibullFamily::hazard, args.scratch(3)); }

    @Override public double logCcdf(Operands args) { return Cdfs.cumulativeHazard(args, true, WeibullFamily::hazard, args.scratch(3)); }
}
