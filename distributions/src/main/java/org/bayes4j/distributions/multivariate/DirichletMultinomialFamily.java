package org.bayes4j.distributions.multivariate;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.bayes4j.distributions.callsite.CallSiteCache;
import org.bayes4j.distributions.discrete.Counts;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The Dirichlet-multinomial distribution {@code dirichlet_multinomial(n, alpha)}: multinomial counts of $K$
 * categories in $n$ draws whose probabilities are themselves $\mathrm{Dirichlet}(\alpha)$, integrated out:
 * $$\log p(y\mid n, \alpha) = \log\frac{n!}{\prod_j y_j!} + \log\Gamma(\alpha_0) - \log\Gamma(n + \alpha_0)
 *   + \sum_j\big[\log\Gamma(y_j + \alpha_j) - \log\Gamma(\alpha_j)\big],\qquad \alpha_0 = \sum_j\alpha_j .$$
 *
 * <p>Support: counts $y_j \in \{0, 1, \dots\}$ with $\sum_j y_j = n$ (others give $-\infty$). Parameters:
 * $n \in \{0, 1, \dots\}$ (not differentiated), concentrations $\alpha_j > 0$. Mean $n\alpha/\alpha_0$; the
 * covariance is the multinomial one inflated by $(n + \alpha_0)/(1 + \alpha_0)$.
 *
 * <p>Numerics: the multinomial coefficient as a product of binomial coefficients
 * ({@link Counts#logBinomialCoefficient}), as in {@link MultinomialFamily}. Partial:
 * $\partial_{\alpha_j} = \psi(\alpha_0) - \psi(n + \alpha_0) + \psi(y_j + \alpha_j) - \psi(\alpha_j)$.
 *
 * <p>Draws: exact, $p \sim \mathrm{Dirichlet}(\alpha)$ by normalised gammas, then the multinomial by
 * conditional binomials.
 *
 * <p>Reference: Stan Functions Reference, "Dirichlet-multinomial distribution"; Mosimann (1962), Biometrika 49.
 */
public final class DirichletMultinomialFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("n", NonNegativeInteger.INSTANCE, "number of draws"),
            new ParameterSpec("alpha", Positive.INSTANCE, 1, "concentrations"));

    private final CallSiteCache<Operands, CountCoefficients> coefficients = CountCoefficients.cache(false);

    @Override public String name() { return "dirichlet_multinomial"; }

    @Override public String description() { return "multinomial counts in n draws with Dirichlet(alpha) probabilities integrated out"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override public int valueEventRank() { return 1; }

    @Override
    public int[] valueEventShape(int[][] parameterEventShapes) {
        int[] n = parameterEventShapes[0], alpha = parameterEventShapes[1];
        if (n.length != 0 || alpha.length != 1) {
            throw new IllegalArgumentException(name() + ": n has event shape " + Arrays.toString(n) + " and alpha " + Arrays.toString(alpha)
                    + ", but n must be a scalar and alpha a vector");
        }
        return alpha.clone();
    }

    /**
     * The multinomial coefficient comes from the call site's {@link CountCoefficients}, computed only
     * when the counts change; the terms in $\alpha$ are evaluated every time.
     */
    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), n = args.parameter(0), alpha = args.parameter(1);
        int k = alpha.eventLength();
        double[] coefficient = coefficients.get(args).refresh(n, y, null);
        double[] yData = y.data(), nData = n.data(), alphaData = alpha.data(), alphaAdjoint = alpha.adjoint();
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            int yAt = y.start(b), alphaAt = alpha.start(b);
            double nb = nData[n.start(b)], alpha0 = 0, lp = coefficient[b]; // -inf unless the y_j are counts summing to n
            for (int j = 0; j < k && lp != Double.NEGATIVE_INFINITY; j++) {
                double yj = yData[yAt + j], aj = alphaData[alphaAt + j];
                if (!(aj > 0) || aj == Double.POSITIVE_INFINITY) {
                    lp = Double.NEGATIVE_INFINITY;
                } else {
                    alpha0 += aj;
                    if (yj > 0) lp += LogGamma.value(yj + aj) - LogGamma.value(aj);
                }
            }
            if (lp != Double.NEGATIVE_INFINITY && nb > 0) {
                lp += LogGamma.value(alpha0) - LogGamma.value(nb + alpha0);
                if (alphaAdjoint != null) {
                    double common = Digamma.value(alpha0) - Digamma.value(nb + alpha0);
                    for (int j = 0; j < k; j++) {
                        double yj = yData[yAt + j], aj = alphaData[alphaAt + j];
                        alphaAdjoint[alphaAt + j] += common + (yj > 0 ? Digamma.value(yj + aj) - Digamma.value(aj) : 0);
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
        Operand n = args.parameter(0), alpha = args.parameter(1);
        int k = alpha.eventLength();
        double[] p = new double[k];
        for (int b = 0; b < args.batchSize(); b++) {
            double sum = 0;
            for (int j = 0; j < k; j++) {
                p[j] = AhrensDieterMarsagliaTsangGammaSampler.of(rng, alpha.get(b, j), 1).sample();
                sum += p[j];
            }
            long remaining = (long) n.get(b);
            double remainingMass = sum;
            for (int j = 0; j < k; j++) {
                long count;
                if (j == k - 1 || remaining == 0) {
                    count = remaining;
                } else {
                    double q = remainingMass > 0 ? Math.min(1, Math.max(0, p[j] / remainingMass)) : 0;
                    count = q > 0.5 ? remaining - Counts.binomial(rng, remaining, 1 - q) : Counts.binomial(rng, remaining, q);
                }
                out[outOffset + b * k + j] = count;
                remaining -= count;
                remainingMass -= p[j];
            }
        }
    }
}
