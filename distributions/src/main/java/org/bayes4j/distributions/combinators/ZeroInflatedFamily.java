package org.bayes4j.distributions.combinators;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.distributions.callsite.CallSiteCache;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Probability;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * A zero-inflated count family {@code zero_inflated_<base>(psi, base parameters...)}: with
 * probability $\psi$ a draw from the base count family $p_0$, otherwise a structural zero:
 * $$p(0) = (1-\psi) + \psi\,p_0(0), \qquad p(y) = \psi\,p_0(y) \quad (y > 0).$$
 *
 * <p><b>Convention.</b> $\psi$ is the probability of the <em>base</em> (non-inflated) component, as
 * in PyMC's {@code ZeroInflatedPoisson(psi, mu)} and as {@code psi} of the hurdle families here;
 * Stan's User's Guide ("Zero inflation") and brms's {@code zi} use $\theta = 1 - \psi$, the
 * probability of the structural zero.
 *
 * <p>Support: the base family's. Parameters: $\psi \in [0, 1]$, then the base family's parameters.
 * The zero case is a two-term log-sum-exp; with $r = \psi p_0(0)/p(0)$, $\partial_\psi \log p(0) =
 * (p_0(0) - 1)/p(0)$ and the base partials are scaled by $r$; for $y > 0$, $\partial_\psi = 1/\psi$
 * and the base partials pass unscaled.
 *
 * <p>Reference: Lambert (1992), "Zero-inflated Poisson regression", Technometrics 34(1);
 * Stan User's Guide, "Zero-inflated and hurdle models".
 */
abstract class ZeroInflatedFamily implements DistributionFamily {

    private final String name;
    private final DistributionFamily base;
    private final List<ParameterSpec> parameters;
    private final CallSiteCache<Operands, ComponentCall> cache;

    ZeroInflatedFamily(String name, DistributionFamily base) {
        this.name = name;
        this.base = base;
        this.cache = new CallSiteCache<>(ComponentCall::fits, a -> new ComponentCall(base, a, 1, true));
        List<ParameterSpec> p = new ArrayList<>();
        p.add(ParameterSpec.scalar("psi", Probability.INSTANCE, "probability of the base " + base.name() + " component (1 - psi: structural zero)"));
        p.addAll(base.parameters());
        this.parameters = List.copyOf(p);
    }

    @Override public String name() { return name; }

    @Override public String description() { return base.name() + " with probability psi, else a structural zero (zero inflation)"; }

    @Override public List<ParameterSpec> parameters() { return parameters; }

    @Override public Constraint support() { return base.support(); }

    @Override public Constraint support(double[][] constants) { return base.support(Combinators.slice(constants, 1, base.parameters().size())); }

    @Override
    public void checkParameters(double[][] constants) {
        DistributionFamily.super.checkParameters(constants);
        Combinators.checkComponent(name, base.name(), base, Combinators.slice(constants, 1, base.parameters().size()));
    }

    @Override
    public double logDensity(Operands args) {
        ComponentCall call = cache.get(args);
        call.load(args);
        call.evaluate();
        double[] lp0 = call.pointwise(), pointwise = args.pointwise();
        // the weights of the base partials are written over lp0 once it is read: no second buffer
        double[] weight = lp0;
        Operand y = args.value(), psi = args.parameter(0);
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double p = psi.get(b), base = lp0[b], lp;
            weight[b] = 0;
            if (!(p >= 0 && p <= 1) || base == Double.NEGATIVE_INFINITY && y.get(b) != 0) {
                lp = Double.NEGATIVE_INFINITY;
            } else if (y.get(b) == 0) {
                // log((1 - psi) + psi p0(0)), both terms in log space
                double inflated = Math.log1p(-p), fromBase = Math.log(p) + base;
                double max = Math.max(inflated, fromBase);
                lp = max == Double.NEGATIVE_INFINITY ? max : max + Math.log(Math.exp(inflated - max) + Math.exp(fromBase - max));
                if (lp > Double.NEGATIVE_INFINITY) {
                    psi.addAdjoint(b, Math.expm1(base) / Math.exp(lp));
                    weight[b] = Math.exp(fromBase - lp);
                }
            } else {
                lp = Math.log(p) + base;
                if (lp > Double.NEGATIVE_INFINITY) {
                    psi.addAdjoint(b, 1 / p);
                    weight[b] = 1;
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        call.chain(args, weight, 1, 0);
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        ComponentCall call = cache.get(args);
        call.load(args);
        double[] draws = call.pointwise();
        call.sample(rng, draws);
        Operand psi = args.parameter(0);
        for (int b = 0; b < args.batchSize(); b++) out[outOffset + b] = rng.nextDouble() < psi.get(b) ? draws[b] : 0;
    }
}
