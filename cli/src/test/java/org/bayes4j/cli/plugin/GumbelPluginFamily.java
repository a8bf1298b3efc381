package org.bayes4j.cli.plugin;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * A plug-in family written as an outsider would: it depends on the SPI only,
 * lives in a test source set, and is registered by a test
 * {@code META-INF/services} file. The Gumbel (type I extreme value) density
 * with location {@code mu} and scale {@code beta}, {@code z = (y - mu) / beta}:
 * $$\log p(y \mid \mu, \beta) = -\log\beta - z - e^{-z}.$$
 * Partials: {@code d/dy = (e^{-z} - 1) / beta}, {@code d/dmu = (1 - e^{-z}) / beta},
 * {@code d/dbeta = (z - 1 - z e^{-z}) / beta}. Draws by inversion:
 * {@code y = mu - beta log(-log U)}. Reference: Johnson, Kotz &amp; Balakrishnan,
 * Continuous Univariate Distributions 2, ch. 22.
 */
public final class GumbelPluginFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("mu", Real.INSTANCE, "location"),
            ParameterSpec.scalar("beta", Positive.INSTANCE, "scale"));

    @Override public String name() { return "gumbel_plugin"; }

    @Override public String description() { return "Gumbel extreme-value distribution (a test plug-in defined outside bayes4j)"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Real.INSTANCE; }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), mu = args.parameter(0), beta = args.parameter(1);
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b), mub = mu.get(b), betab = beta.get(b);
            double lp;
            if (!Double.isFinite(yb) || !Double.isFinite(mub) || !(betab > 0) || betab == Double.POSITIVE_INFINITY) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double z = (yb - mub) / betab;
                double expMinusZ = Math.exp(-z);
                lp = -Math.log(betab) - z - expMinusZ;
                y.addAdjoint(b, (expMinusZ - 1) / betab);
                mu.addAdjoint(b, (1 - expMinusZ) / betab);
                beta.addAdjoint(b, (z - 1 - z * expMinusZ) / betab);
            }
            if (args.pointwise() != null) args.pointwise()[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        for (int b = 0; b < args.batchSize(); b++) {
            double u = rng.nextDouble();
            while (u == 0) u = rng.nextDouble();
            out[outOffset + b] = args.parameter(0).get(b) - args.parameter(1).get(b) * Math.log(-Math.log(u));
        }
    }
}
