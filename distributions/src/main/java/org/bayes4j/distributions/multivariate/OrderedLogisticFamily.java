package org.bayes4j.distributions.multivariate;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Ordered;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.spi.numeric.TabulatedExponential;

/**
 * The ordered logistic (proportional-odds) distribution {@code ordered_logistic(eta, cutpoints)}: a latent
 * $z = \eta + \varepsilon$ with standard logistic $\varepsilon$ falls between increasing cutpoints
 * $c_0 < \dots < c_{K-2}$, and $y$ is the index of its interval. <b>0-based</b>, like {@code categorical}:
 * $y \in \{0, \dots, K-1\}$ (Stan's {@code ordered_logistic} is 1-based). With $\sigma$ the logistic function,
 * $$P(y = 0) = \sigma(c_0 - \eta),\quad P(y = K-1) = \sigma(\eta - c_{K-2}),\quad
 *   P(y = k) = \sigma(\eta - c_{k-1}) - \sigma(\eta - c_k).$$
 *
 * <p>Numerics: with $a = \eta - c_{k-1} > b = \eta - c_k$, the identity
 * $\sigma(a) - \sigma(b) = \sigma(a)\,\sigma(-b)\,(1 - e^{-(a-b)})$ gives
 * $\log P(y = k) = \log\sigma(a) + \log\sigma(-b) + \log(1 - e^{c_{k-1} - c_k})$, each term computed without
 * cancellation ($\log\sigma$ by {@code log1p}, the last by {@code log(-expm1)}). With $t = e^{-|x|}$ one
 * {@code exp} gives both $\log\sigma(x) = \min(x, 0) - \log(1 + t)$ and $\sigma(-x)$, and the two logistic terms
 * of an interior category share one {@code log1p}: $\log[(1 + t_a)(1 + t_b)] = \log\mathrm{1p}(t_a + t_b + t_a t_b)$.
 *
 * <p>Cost: when one cutpoint vector is shared by the batch (a stride-0 operand, the usual model), its ordering
 * is checked once per call, $1/\mathrm{expm1}$ and $\log(-\mathrm{expm1})$ of each gap are computed once, and
 * the cutpoint adjoints are summed locally and added once; per-observation cutpoints take the general path.
 *
 * <p>Partials (with $\frac{d}{dx}\log\sigma(x) = \sigma(-x)$ and $g = 1/\mathrm{expm1}(c_k - c_{k-1})$):
 * middle $k$: $\partial_\eta = \sigma(-a) - \sigma(b)$, $\partial_{c_{k-1}} = -\sigma(-a) - g$,
 * $\partial_{c_k} = \sigma(b) + g$; $y = 0$: $\partial_\eta = -\sigma(\eta - c_0) = -\partial_{c_0}$;
 * $y = K - 1$: $\partial_\eta = \sigma(c_{K-2} - \eta) = -\partial_{c_{K-2}}$.
 *
 * <p>Support: integers $0..K-1$ ($K$ = number of cutpoints + 1); others give $-\infty$. Parameters: location
 * $\eta$ (real), cutpoints (strictly increasing; unordered ones give $-\infty$, and constant ones are rejected at
 * model build naming the first offending index). Draws: $z = \eta + \log(u/(1-u))$, $y = \#\{j : c_j < z\}$.
 *
 * <p>Reference: Stan Functions Reference, "Ordered logistic distribution"; McCullagh (1980), "Regression models
 * for ordinal data", JRSS B 42.
 */
public final class OrderedLogisticFamily implements DistributionFamily {

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("eta", Real.INSTANCE, "location of the latent logistic"),
            new ParameterSpec("cutpoints", Ordered.INSTANCE, 1, "increasing cutpoints"));

    @Override public String name() { return "ordered_logistic"; }

    @Override public String description() { return "ordinal outcome 0..K-1 of a latent logistic(eta) cut at increasing cutpoints"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public void checkParameters(double[][] constants) {
        if (constants[0] != null) {
            for (int j = 0; j < constants[0].length; j++) {
                if (!Double.isFinite(constants[0][j])) throw new IllegalArgumentException(name() + ": eta[" + j + "] is " + constants[0][j] + ", but must be finite");
            }
        }
        double[] c = constants.length > 1 ? constants[1] : null;
        if (c == null) return;
        for (int j = 0; j < c.length; j++) {
            if (!Double.isFinite(c[j])) throw new IllegalArgumentException(name() + ": cutpoints[" + j + "] is " + c[j] + ", but must be finite");
            if (j > 0 && !(c[j] > c[j - 1])) {
                throw new IllegalArgumentException(name() + ": cutpoints[" + j + "] is " + c[j] + ", but must be greater than cutpoints["
                        + (j - 1) + "] = " + c[j - 1] + " (cutpoints must be strictly increasing)");
            }
        }
    }

    @Override
    public double logDensity(Operands args) {
        Operand cut = args.parameter(1);
        int m = cut.eventLength();
        // scratch: partials of one observation (eta, lower cut, upper cut), then, for shared cutpoints,
        // 1/expm1(gap_k) and log(-expm1(-gap_k)) per interior category and the cutpoint adjoints
        double[] scratch = args.scratch(3 + 3 * m);
        return cut.isBroadcast() && args.batchSize() > 1 ? sharedCutpoints(args, m, scratch) : perObservation(args, m, scratch);
    }

    /**
     * One cutpoint vector for the whole batch: its ordering is checked once, the gap terms of each interior
     * category are computed once, and its adjoints are summed locally and added once at the end.
     */
    private static double sharedCutpoints(Operands args, int m, double[] scratch) {
        Operand y = args.value(), eta = args.parameter(0), cut = args.parameter(1);
        double[] pointwise = args.pointwise();
        int n = args.batchSize();
        double[] c = cut.data();
        int c0 = cut.start(0);
        if (!OrderedCutpoints.valid(c, c0, m)) return OrderedCutpoints.impossible(n, pointwise);
        int inverseGap = 3, logGap = 3 + m, cutAdjoint = 3 + 2 * m;
        for (int k = 1; k < m; k++) {
            double gap = c[c0 + k] - c[c0 + k - 1];
            scratch[inverseGap + k] = 1 / Math.expm1(gap);
            scratch[logGap + k] = Math.log(-Math.expm1(-gap));
        }
        Arrays.fill(scratch, cutAdjoint, cutAdjoint + m, 0);
        double[] yData = y.data(), etaData = eta.data(), etaAdjoint = eta.adjoint();
        int yStart = y.start(0), yStride = y.stride(), etaStart = eta.start(0), etaStride = eta.stride();
        double total = 0;
        for (int b = 0; b < n; b++) {
            double yv = yData[yStart + b * yStride], e = etaData[etaStart + b * etaStride];
            double lp = Double.NEGATIVE_INFINITY;
            if (isOutcome(yv, m) && Double.isFinite(e)) {
                int k = (int) yv;
                double lower = k == 0 ? 0 : c[c0 + k - 1], upper = k == m ? 0 : c[c0 + k];
                boolean interior = k > 0 && k < m;
                lp = logMass(k, m, e, lower, upper, interior ? scratch[inverseGap + k] : 0, interior ? scratch[logGap + k] : 0, scratch);
                if (etaAdjoint != null) etaAdjoint[etaStart + b * etaStride] += scratch[0];
                if (k > 0) scratch[cutAdjoint + k - 1] += scratch[1];
                if (k < m) scratch[cutAdjoint + k] += scratch[2];
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        for (int j = 0; j < m; j++) cut.addAdjoint(0, j, scratch[cutAdjoint + j]);
        return total;
    }

    /** The general case: each observation has its own cutpoints, checked and differenced per observation. */
    private static double perObservation(Operands args, int m, double[] scratch) {
        Operand y = args.value(), eta = args.parameter(0), cut = args.parameter(1);
        double[] pointwise = args.pointwise();
        double[] c = cut.data();
        double total = 0;
        for (int b = 0; b < args.batchSize(); b++) {
            double yv = y.get(b), e = eta.get(b);
            int c0 = cut.start(b);
            double lp = Double.NEGATIVE_INFINITY;
            if (isOutcome(yv, m) && Double.isFinite(e) && OrderedCutpoints.valid(c, c0, m)) {
                int k = (int) yv;
                double lower = k == 0 ? 0 : c[c0 + k - 1], upper = k == m ? 0 : c[c0 + k];
                boolean interior = k > 0 && k < m;
                double gap = upper - lower;
                lp = logMass(k, m, e, lower, upper, interior ? 1 / Math.expm1(gap) : 0, interior ? Math.log(-Math.expm1(-gap)) : 0, scratch);
                eta.addAdjoint(b, scratch[0]);
                if (k > 0) cut.addAdjoint(b, k - 1, scratch[1]);
                if (k < m) cut.addAdjoint(b, k, scratch[2]);
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        return total;
    }

    private static boolean isOutcome(double yv, int m) { return yv >= 0 && yv <= m && yv == Math.rint(yv); }

    /**
     * $\log P(y = k)$ for a valid outcome, finite {@code e} and ordered cutpoints, with its partials written to
     * {@code partials[0..2]} (eta, cutpoint k-1, cutpoint k). {@code lower}/{@code upper} are $c_{k-1}$/$c_k$ (unused at
     * the ends); {@code inverseGap} $= 1/\mathrm{expm1}(c_k - c_{k-1})$ and {@code logGap}
     * $= \log(1 - e^{c_{k-1} - c_k})$ for interior $k$. Each logistic argument costs one {@code exp}, shared by
     * $\sigma$ and $\log\sigma$ (see {@link #logSigmoid} and {@link #complement}), and an interior category one
     * {@code log1p} for both of its arguments.
     */
    static double logMass(int k, int m, double e, double lower, double upper, double inverseGap, double logGap, double[] partials) {
        if (k == 0) {
            double x = upper - e, t = TabulatedExponential.exp(-Math.abs(x)), s = complement(x, t);
            partials[0] = -s;
            partials[2] = s;
            return logSigmoid(x, t);
        }
        if (k == m) {
            double x = e - lower, t = TabulatedExponential.exp(-Math.abs(x)), s = complement(x, t);
            partials[0] = s;
            partials[1] = -s;
            return logSigmoid(x, t);
        }
        // a = e - c_{k-1} > bb = e - c_k; the mass is sigma(a) sigma(-bb) (1 - e^{-(a - bb)})
        double a = e - lower, negB = upper - e;
        double ta = TabulatedExponential.exp(-Math.abs(a)), tb = TabulatedExponential.exp(-Math.abs(negB));
        double sa = complement(a, ta), sb = complement(negB, tb); // sigma(-a) and sigma(bb)
        partials[0] = sa - sb;
        partials[1] = -sa - inverseGap;
        partials[2] = sb + inverseGap;
        // log sigma(a) + log sigma(-bb) = min(a, 0) + min(-bb, 0) - log((1 + ta)(1 + tb)): one log1p for both
        return Math.min(a, 0) + Math.min(negB, 0) - Math.log1p(ta + tb + ta * tb) + logGap;
    }

    /** $\log\sigma(x) = \min(x, 0) - \log(1 + t)$ with $t = e^{-|x|}$: no overflow, no cancellation. */
    private static double logSigmoid(double x, double t) { return Math.min(x, 0) - Math.log1p(t); }

    /** $\sigma(-x) = t/(1 + t)$ for $x \ge 0$ and $1/(1 + t)$ otherwise, with $t = e^{-|x|}$. */
    private static double complement(double x, double t) { return (x >= 0 ? t : 1) / (1 + t); }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand eta = args.parameter(0), cut = args.parameter(1);
        int m = cut.eventLength();
        for (int b = 0; b < args.batchSize(); b++) {
            double u = rng.nextDouble();
            while (u == 0) u = rng.nextDouble();
            double z = eta.get(b) + Math.log(u) - Math.log1p(-u);
            int y = 0;
            while (y < m && cut.get(b, y) < z) y++;
            out[outOffset + b] = y;
        }
    }
}
