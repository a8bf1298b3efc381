package org.bayes4j.distributions.multivariate;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.distributions.callsite.CallSiteCache;
import org.bayes4j.distributions.discrete.Counts;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The multinomial distribution {@code multinomial(n, p)}: counts of $K$ categories in $n$ independent
 * draws with probabilities $p$,
 * $$\log p(y\mid n, p) = \log\frac{n!}{\prod_j y_j!} + \sum_{j:\,y_j > 0} y_j\log p_j .$$
 *
 * <p>Support: $y \in \{0, 1, \dots\}^K$ with $\sum_j y_j = n$ (other count vectors give $-\infty$).
 * Parameters: $n \in \{0, 1, \dots\}$ (not differentiated), $p$ on the simplex.
 *
 * <p>Numerics. The multinomial coefficient is the product of binomial coefficients
 * $\binom{n}{y_1}\binom{n - y_1}{y_2}\cdots$, each from {@link Counts#logBinomialCoefficient}
 * (tabulated log-factorials up to 2048 trials, a log-beta beyond: no cancellation of large log-factorials).
 *
 * <p>Partial: $\partial_{p_j} = y_j/p_j$ (0 where $y_j = 0$); meaningful within the simplex.
 *
 * <p>Draws: exact, by conditional binomials, $y_j \sim \mathrm{Binomial}(n - \sum_{i<j} y_i,\; p_j/(1 - \sum_{i<j} p_i))$.
 *
 * <p>Reference: Stan Functions Reference, "Multinomial distribution".
 */
public final class MultinomialFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("n", NonNegativeInteger.INSTANCE, "number of draws"),
            new ParameterSpec("p", Simplex.INSTANCE, 1, "category probabilities"));

    private final CallSiteCache<Operands, CountCoefficients> coefficients = CountCoefficients.cache(false);

    @Override public String name() { return "multinomial"; }

    @Override public String description() { return "multinomial counts of K categories in n draws with probabilities p"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override public int valueEventRank() { return 1; }

    @Override
    public int[] valueEventShape(int[][] parameterEventShapes) {
        return MultinomialCounts.eventShape(name(), "p", parameterEventShapes);
    }

    @Override
    public void checkParameters(double[][] constants) {
        DistributionFamily.super.checkParameters(constants);
        if (constants.length > 1 && constants[1] != null) Simplexes.check(name(), "p", constants[1]);
    }

    /** The multinomial coefficient comes from the call site's {@link CountCoefficients}, computed only when the counts change. */
    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), p = args.parameter(1);
        int k = p.eventLength();
        double[] coefficient = coefficients.get(args).refresh(args.parameter(0), y, null);
        double[] yData = y.data(), pData = p.data(), pAdjoint = p.adjoint();
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            int yAt = y.start(b), pAt = p.start(b);
            double lp = coefficient[b] != Double.NEGATIVE_INFINITY && Simplexes.isSimplex(p, b, k) ? coefficient[b] : Double.NEGATIVE_INFINITY;
            if (lp != Double.NEGATIVE_INFINITY) {
                for (int j = 0; j < k; j++) {
                    double yj = yData[yAt + j];
                    if (yj > 0) lp += yj * Math.log(pData[pAt + j]);
                }
                if (pAdjoint != null) {
                    for (int j = 0; j < k; j++) {
                        double yj = yData[yAt + j];
                        if (yj > 0) pAdjoint[pAt + j] += yj / pData[pAt + j];
                    }
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand n = args.parameter(0), p = args.parameter(1);
        int k = p.eventLength();
        for (int b = 0; b < args.batchSize(); b++) {
            MultinomialCounts.draw(rng, (long) n.get(b), p.data(), p.start(b), k, out, outOffset + b * k);
        }
    }
}
