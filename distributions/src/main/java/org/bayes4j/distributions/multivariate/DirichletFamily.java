package org.bayes4j.distributions.multivariate;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.numbers.gamma.Digamma;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Positive;
import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The Dirichlet distribution {@code dirichlet(alpha)} on the simplex of dimension $K$:
 * $$\log p(y\mid\alpha) = \log\Gamma(\alpha_0) - \sum_j\log\Gamma(\alpha_j) + \sum_j(\alpha_j - 1)\log y_j,
 *   \qquad \alpha_0 = \sum_j\alpha_j,$$
 * a density with respect to Lebesgue measure on the first $K - 1$ coordinates.
 *
 * <p>Support: the open simplex, $y_j > 0$, $\sum_j y_j = 1$ (within {@link Simplex#SUM_TOLERANCE}); a point on
 * its boundary (some $y_j = 0$, a set of measure zero where the density is 0 or infinite) gives $-\infty$.
 * Parameter: concentrations $\alpha_j > 0$. Mean $\alpha/\alpha_0$.
 *
 * <p>Partials: $\partial_{y_j} = (\alpha_j - 1)/y_j$ (meaningful within the simplex, up to a common constant);
 * $\partial_{\alpha_j} = \psi(\alpha_0) - \psi(\alpha_j) + \log y_j$.
 *
 * <p>Draws: normalised independent gammas, $y_j = g_j/\sum_i g_i$ with $g_j \sim \mathrm{Gamma}(\alpha_j, 1)$
 * (redrawn in the rare event that a component underflows to 0).
 *
 * <p>Reference: Stan Functions Reference, "Dirichlet distribution".
 */
public final class DirichletFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            new ParameterSpec("alpha", Positive.INSTANCE, 1, "concentrations"));

    @Override public String name() { return "dirichlet"; }

    @Override public String description() { return "Dirichlet distribution on the simplex with concentrations alpha"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return Simplex.INSTANCE; }

    @Override public int valueEventRank() { return 1; }

    @Override
    public int[] valueEventShape(int[][] parameterEventShapes) {
        if (parameterEventShapes[0].length != 1) {
            throw new IllegalArgumentException(name() + ": alpha has event shape " + Arrays.toString(parameterEventShapes[0])
                    + ", but must be a vector");
        }
        return parameterEventShapes[0].clone();
    }

    @Override
    public double logDensity(Operands args) {
        Operand y = args.value(), alpha = args.parameter(0);
        int k = alpha.eventLength();
        double[] pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double lp;
            if (!isValid(y, alpha, b, k)) {
                lp = Double.NEGATIVE_INFINITY;
            } else {
                double alpha0 = 0;
                lp = 0;
                for (int j = 0; j < k; j++) {
                    double aj = alpha.get(b, j);
                    alpha0 += aj;
                    lp += (aj - 1) * Math.log(y.get(b, j)) - LogGamma.value(aj);
                }
                lp += LogGamma.value(alpha0);
                for (int j = 0; j < k; j++) y.addAdjoint(b, j, (alpha.get(b, j) - 1) / y.get(b, j));
                if (alpha.hasAdjoint()) {
                    double digammaSum = Digamma.value(alpha0);
                    for (int j = 0; j < k; j++) {
                        alpha.addAdjoint(b, j, digammaSum - Digamma.value(alpha.get(b, j)) + Math.log(y.get(b, j)));
                    }
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    private static boolean isValid(Operand y, Operand alpha, int b, int k) {
        double sum = 0;
        for (int j = 0; j < k; j++) {
            double yj = y.get(b, j), aj = alpha.get(b, j);
            if (!(yj > 0 && yj <= 1) || !(aj > 0) || aj == Double.POSITIVE_INFINITY) return false;
            sum += yj;
        }
        return Math.abs(sum - 1) <= Simplex.SUM_TOLERANCE;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand alpha = args.parameter(0);
        int k = alpha.eventLength();
        for (int b = 0; b < args.batchSize(); b++) {
            int at = outOffset + b * k;
            boolean positive;
            do {
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    out[at + j] = AhrensDieterMarsagliaTsangGammaSampler.of(rng, alpha.get(b, j), 1).sample();
                    sum += out[at + j];
                }
                positive = true;
                for (int j = 0; j < k; j++) {
                    out[at + j] /= sum;
                    positive &= out[at + j] > 0;
                }
            } while (!positive);
        }
    }
}
