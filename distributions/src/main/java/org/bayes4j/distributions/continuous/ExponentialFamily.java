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
 * The exponential distribution {@code exponential(rate)} with rate $\lambda$ (mean $1/\lambda$):
 * $$\log p(y\mid\lambda) = \log\lambda - \lambda y.$$
 *
 * <p>Support: $y > 0$. Parameter: rate $\lambda > 0$. Mean $1/\lambda$, variance $1/\lambda^2$.
 *
 * <p>Partials: $\partial_y = -\lambda$, $\partial_\lambda = 1/\lambda - y$.
 *
 * <p>Draws: a standard exponential from the Ziggurat sampler (McFarland 2016), divided by $\lambda$.
 *
 * <p>Reference: Stan Functions Reference, "Exponential distribution".
 *
 * <p>CDF: $\log F = \log(-\operatorname{expm1}(-\lambda y))$, $\log(1-F) = -\lambda y$.
 */
public final class ExponentialFamily implements DistributionFamily, CumulativeDistribution {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("rate", Positive.INSTANCE, "rate (inverse mean)"));

    @Override public String name() { return "exponential"; }

    @Override public String description() { return "exponential distribution on the positive reals with the given rate"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Positive.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), rate = args.parameter(0);
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), rateb = rate.get(b);
            double lp;
            if (!(yb > 0) || yb == Double.POSITIVE_INFINITY || !(rateb > 0) || rateb == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                lp = Math.log(rateb) - rateb * yb;
                y.addAdjoint(b, -rateb);
                rate.addAdjoint(b, 1 / rateb - yb);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand rate = args.parameter(0);
        ZigguratSampler.Exponential standard = ZigguratSampler.Exponential.of(rng);
        for (int b = 0; b < args.batchSize(); b++) {
            double draw;
            do {
                draw = standard.sample();
            } while (draw == 0); // the support is open at 0
            out[outOffset + b] = draw / rate.get(b);
        }
    }

    /** Cumulative hazard $h = \lambda x$ with partials $(\lambda, x)$; NaN for an invalid rate. */
    private static double hazard(Operands args, int b, double[] partials) {
        double x = args.value().get(b), rate = args.parameter(0).get(b);
        if (!(rate > 0) || rate == Double.POSITIVE_INFINITY) return Double.NaN;
        if (!(x > 0) || x == Double.POSITIVE_INFINITY) return 0;
        partials[0] = rate;
        partials[1] = x;
        return rate * x;
    }

    @Override public double logCdf(Operands args) { return Cdfs.cumulativeHazard(args, false, ExponentialFamily::hazard, args.scratch(2)); }

    @Override public double logCcdf(Operands args) { return Cdfs.cumulativeHazard(args, true, ExponentialFamily::hazard, args.scratch(2)); }
}
