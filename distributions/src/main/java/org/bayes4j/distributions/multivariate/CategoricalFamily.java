package org.bayes4j.distributions.multivariate;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The categorical distribution {@code categorical(p)} over categories $0, \dots, K-1$ with
 * probabilities $p$ on the simplex:
 * $$\log p(y\mid p) = \log p_y.$$
 *
 * <p>Support: $y \in \{0, \dots, K-1\}$ (declared as the non-negative integers since $K$ comes from the
 * parameter's shape; $y \ge K$ gives $-\infty$). Parameter: $p$, a vector of length $K$ on the simplex
 * (entries in $[0, 1]$ summing to 1 within {@link Simplex#SUM_TOLERANCE}).
 *
 * <p>Partial: $\partial_{p_j} = [j = y]/p_y$. As for any density of a simplex parameter, only its
 * component within the simplex (partials up to a common constant) is meaningful.
 *
 * <p>Draws: inversion, the first $j$ with $p_0 + \dots + p_j > u\sum_i p_i$.
 *
 * <p>Reference: Stan Functions Reference, "Categorical distribution" (which numbers categories from 1).
 */
public final class CategoricalFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("p", Simplex.INSTANCE, 1, "category probabilities"));

    @Override public String name() { return "categorical"; }

    @Override public String description() { return "categorical distribution over categories 0..K-1 with probabilities p"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public void checkParameters(double[][] constants) {
        if (constants.length > 0 && constants[0] != null) Simplexes.check(name(), "p", constants[0]);
    }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), p = args.parameter(0);
        int k = p.eventLength();
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yb = y.get(b);
            double lp;
            if (!(yb >= 0 && yb < k && yb == Math.rint(yb)) || !Simplexes.isSimplex(p, b, k)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                int c = (int) yb;
                double pc = p.get(b, c);
                lp = Math.log(pc);
                if (pc > 0) p.addAdjoint(b, c, 1 / pc);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand p = args.parameter(0);
        int k = p.eventLength();
        for (int b = 0; b < args.batchSize(); b++) {
            double sum = 0;
            for (int j = 0; j < k; j++) sum += p.get(b, j);
            double target = rng.nextDouble() * sum, cumulative = 0;
            int c = k - 1;
            for (int j = 0; j < k; j++) {
                cumulative += p.get(b, j);
                if (target < cumulative) {
                    c = j;
                    break;
                }
            }
            while (p.get(b, c) == 0 && c > 0) c--; // rounding past the last positive category
            out[outOffset + b] = c;
        }
    }
}
