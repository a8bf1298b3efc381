package org.bayes4j.distributions.combinators;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.distributions.callsite.CallSiteCache;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegative;
import org.bayes4j.spi.constraint.Probability;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * A hurdle family {@code hurdle_<base>(psi, base parameters...)}: zero with probability
 * $1 - \psi$; otherwise (the hurdle crossed) a positive value from the base family $p_0$.
 *
 * <p><b>Counts</b> (Poisson, negative binomial): the positive part is the base truncated to
 * $y \ge 1$,
 * $$p(0) = 1 - \psi, \qquad p(y) = \psi\,\frac{p_0(y)}{1 - p_0(0)} \quad (y \ge 1),$$
 * with $\log(1 - p_0(0))$ computed as {@code log(-expm1(log p0(0)))} so a base with little mass
 * at zero loses no digits. The base is evaluated twice per event, at $y$ and at $0$; by the chain
 * rule the partials of $\log p_0(0)$ enter with weight $p_0(0)/(1 - p_0(0))$.
 *
 * <p><b>Positive reals</b> (gamma, lognormal): the base puts no mass at zero, so
 * $$P(Y = 0) = 1 - \psi, \qquad p(y) = \psi\,p_0(y) \quad (y > 0),$$
 * a mixed measure: the value returned at $y = 0$ is a probability (a density with respect to the
 * counting measure at $0$), the value at $y > 0$ a density with respect to Lebesgue measure, so
 * the total mass is $(1 - \psi) + \psi\int_0^\infty p_0 = 1$. Support: $[0, \infty)$.
 *
 * <p><b>Convention.</b> $\psi$ is the probability of crossing the hurdle (a non-zero value), as in
 * PyMC's {@code HurdlePoisson(psi, mu)}; brms's {@code hu} and the $\theta$ of Stan's User's Guide
 * ("Hurdle models") are $1 - \psi$, the probability of zero.
 *
 * <p>Draws: crossing the hurdle with probability $\psi$, then a base draw; for counts the
 * zero-truncated base by rejection (expected $1/(1 - p_0(0))$ base draws per event; an error after
 * 100000 rounds, for a base with almost all its mass at zero).
 *
 * <p>Reference: Mullahy (1986), "Specification and testing of some modified count data models",
 * J. Econometrics 33(3); Stan User's Guide, "Zero-inflated and hurdle models".
 */
abstract class HurdleFamily implements DistributionFamily {

    private static final int MAX_ROUNDS = 100_000;

    private final String name;
    private final DistributionFamily base;
    private final boolean counts;
    private final List<ParameterSpec> parameters;
    private final CallSiteCache<Operands, Calls> cache = new CallSiteCache<>((s, a) -> s.atY.fits(a), Calls::new);

    /** @param counts true for a count base (truncated at zero), false for a positive continuous base */
    HurdleFamily(String name, DistributionFamily base, boolean counts) {
        this.name = name;
        this.base = base;
        this.counts = counts;
        List<ParameterSpec> p = new ArrayList<>();
        p.add(ParameterSpec.scalar("psi", Probability.INSTANCE, "probability of a non-zero value (1 - psi: zero)"));
        p.addAll(base.parameters());
        this.parameters = List.copyOf(p);
    }

    @Override public String name() { return name; }

    @Override public String description() { return "zero with probability 1 - psi, else a positive " + base.name() + " value (hurdle)"; }

    @Override public List<ParameterSpec> parameters() { return parameters; }

    @Override public Constraint support() { return counts ? base.support() : NonNegative.INSTANCE; }

    @Override
    public void checkParameters(double[][] constants) {
        DistributionFamily.super.checkParameters(constants);
        Combinators.checkComponent(name, base.name(), base, Combinators.slice(constants, 1, base.parameters().size()));
    }

    @Override
    public double logDensity(Operands args) {
        Calls c = calls(args);
        Operand y = args.value(), psi = args.parameter(0);
        int batch = args.batchSize();
        // the base at y, where y > 0 (at 0 it is not used: a stand-in value 1 keeps it finite)
        for (int b = 0; b < batch; b++) c.atY.setValue(b, y.get(b) == 0 ? 1 : y.get(b));
        c.atY.evaluate();
        if (counts) c.atZero.evaluate();
        double[] atY = c.atY.pointwise(), pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < batch; b++) {
            double p = psi.get(b), yb = y.get(b), lp = Double.NEGATIVE_INFINITY;
            c.weightY[b] = 0;
            c.weightZero[b] = 0;
            if (!(p >= 0 && p <= 1) || !(yb >= 0)) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (yb == 0) {
                lp = Math.log1p(-p);
                if (lp > Double.NEGATIVE_INFINITY) psi.addAdjoint(b, -1 / (1 - p));
            } else {
                lp = Math.log(p) + atY[b];
                if (counts && lp > Double.NEGATIVE_INFINITY) {
                    double l0 = c.atZero.pointwise()[b];
                    // log(1 - p0(0)) = log(-expm1(l0)); -inf when the base has no positive mass
                    double positiveMass = Math.log(-Math.expm1(l0));
                    lp -= positiveMass;
                    if (lp < Double.POSITIVE_INFINITY && positiveMass > Double.NEGATIVE_INFINITY) {
                        // d/dl0 of -log(1 - e^l0) = p0(0) / (1 - p0(0))
                        c.weightZero[b] = Math.exp(l0 - positiveMass);
                    } else {
                        lp = Double.NEGATIVE_INFINITY;
                    }
                }
                if (lp > Double.NEGATIVE_INFINITY) {
                    psi.addAdjoint(b, 1 / p);
                    c.weightY[b] = 1;
                } else {
                    c.weightZero[b] = 0;
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        c.atY.chain(args, c.weightY, 1, 0);
        if (counts) c.atZero.chain(args, c.weightZero, 1, 0);
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Calls c = calls(args);
        Operand psi = args.parameter(0);
        int batch = args.batchSize(), pending = 0;
        for (int b = 0; b < batch; b++) {
            boolean crossed = rng.nextDouble() < psi.get(b);
            out[outOffset + b] = crossed ? Double.NaN : 0;
            if (crossed) pending++;
        }
        // the positive part: base draws, and for counts the zero-truncated base by rejection, one
        // batch of base draws per round filling every event still pending (expected rounds grow
        // like log(batch) / log(1 / p0(0)))
        for (int round = 0; pending > 0; round++) {
            if (round == MAX_ROUNDS) {
                throw new IllegalStateException(name + ": the zero-truncated " + base.name() + " kept " + pending + " of " + batch
                        + " events pending after " + MAX_ROUNDS + " rounds of rejection; its base puts almost all its mass at zero");
            }
            c.atY.sample(rng, c.weightY);
            for (int b = 0; b < batch; b++) {
                if (Double.isNaN(out[outOffset + b]) && (!counts || c.weightY[b] != 0)) {
                    out[outOffset + b] = c.weightY[b];
                    pending--;
                }
            }
        }
    }

    private Calls calls(Operands args) {
        Calls c = cache.get(args);
        c.atY.load(args);
        if (counts) {
            c.atZero.load(args);
            c.atZero.setValue(0);
        }
        return c;
    }

    /** The base evaluated at the values and (for counts) at zero, and the weights of their partials. */
    private final class Calls {
        final ComponentCall atY, atZero;
        final double[] weightY, weightZero;

        Calls(Operands args) {
            atY = new ComponentCall(base, args, 1, true);
            atZero = counts ? new ComponentCall(base, args, 1, false) : null;
            weightY = new double[args.batchSize()];
            weightZero = new double[args.batchSize()];
        }
    }
}
