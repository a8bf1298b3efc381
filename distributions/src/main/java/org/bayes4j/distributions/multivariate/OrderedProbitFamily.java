package org.bayes4j.distributions.multivariate;

import java.util.Arrays;
import java.util.List;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.numbers.gamma.Erfcx;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.NonNegativeInteger;
import org.bayes4j.spi.constraint.Ordered;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * The ordered probit distribution {@code ordered_probit(eta, cutpoints)}: a latent $z = \eta + \varepsilon$ with
 * standard normal $\varepsilon$ cut at increasing $c_0 < \dots < c_{K-2}$; <b>0-based</b> $y \in \{0..K-1\}$
 * (Stan's is 1-based). With $l = c_{k-1} - \eta$ and $u = c_k - \eta$ ($l = -\infty$ for $k = 0$,
 * $u = +\infty$ for $k = K-1$), $P(y = k) = \Phi(u) - \Phi(l)$.
 *
 * <p>Numerics: $\log\bar\Phi(x) = -\log 2 - x^2/2 + \log\mathrm{erfcx}(x/\sqrt2)$ for $x \ge 0$ (the scaled
 * complementary error function never underflows) and $\log\mathrm{1p}(-\tfrac12\mathrm{erfc}(-x/\sqrt2))$ for
 * $x < 0$; $\log\Phi(x) = \log\bar\Phi(-x)$. The difference is taken on the side where both terms are small:
 * $\log\bar\Phi(l) + \log(1 - e^{\log\bar\Phi(u) - \log\bar\Phi(l)})$ when $l \ge 0$, the mirror image when $u \le 0$,
 * and $\log(1 - \bar\Phi(u) - \Phi(l))$ when the interval straddles 0 (no cancellation: the mass exceeds that of
 * $[\min(0, \cdot), \cdot]$ near the mode).
 *
 * <p>Partials: $\partial_{c_k} = \phi(u)/P$, $\partial_{c_{k-1}} = -\phi(l)/P$, $\partial_\eta = (\phi(l) - \phi(u))/P$,
 * each ratio formed as $\exp(\log\phi - \log P)$ so it stays finite in the tails (where it grows like $|x|$).
 *
 * <p>Cost: each tail probability is computed once per observation; cutpoints shared by the batch (stride 0)
 * are checked once per call and their adjoints summed locally, as in {@link OrderedLogisticFamily}.
 *
 * <p>Support, parameters, validation and 0-based outcomes as {@link OrderedLogisticFamily}. Draws:
 * $z = \eta + N(0, 1)$, $y = \#\{j : c_j < z\}$.
 *
 * <p>Reference: Stan Functions Reference, "Ordered probit distribution"; Commons Numbers {@code Erfcx}.
 */
public final class OrderedProbitFamily implements DistributionFamily {

    private static final double LOG_TWO = Math.log(2), HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI), ROOT_HALF = Math.sqrt(0.5);

    private static final List<ParameterSpec> PARAMETERS = List.of(
            ParameterSpec.scalar("eta", Real.INSTANCE, "location of the latent normal"),
            new ParameterSpec("cutpoints", Ordered.INSTANCE, 1, "increasing cutpoints"));

    private final OrderedLogisticFamily validation = new OrderedLogisticFamily();

    @Override public String name() { return "ordered_probit"; }

    @Override public String description() { return "ordinal outcome 0..K-1 of a latent normal(eta, 1) cut at increasing cutpoints"; }

    @Override public List<ParameterSpec> parameters() { return PARAMETERS; }

    @Override public Constraint support() { return NonNegativeInteger.INSTANCE; }

    @Override
    public void checkParameters(double[][] constants) {
        try {
            validation.checkParameters(constants);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().replaceFirst("^ordered_logistic", name()), e);
        }
    }

    @Override
    public double logDensity(Operands args) {
        Operand cut = args.parameter(1);
        int m = cut.eventLength();
        // scratch: partials of one observation (eta, lower cut, upper cut), then the shared cutpoints' adjoints
        double[] scratch = args.scratch(3 + m);
        return cut.isBroadcast() && args.batchSize() > 1 ? sharedCutpoints(args, m, scratch) : perObservation(args, m, scratch);
    }

    /** One cutpoint vector for the whole batch: ordering checked once, adjoints summed locally and added once. */
    private static double sharedCutpoints(Operands args, int m, double[] scratch) {
        Operand y = args.value(), eta = args.parameter(0), cut = args.parameter(1);
        double[] pointwise = args.pointwise();
        int n = args.batchSize();
        double[] c = cut.data();
        int c0 = cut.start(0);
        if (!OrderedCutpoints.valid(c, c0, m)) return OrderedCutpoints.impossible(n, pointwise);
        int cutAdjoint = 3;
        Arrays.fill(scratch, cutAdjoint, cutAdjoint + m, 0);
        double[] yData = y.data(), etaData = eta.data(), etaAdjoint = eta.adjoint();
        int yStart = y.start(0), yStride = y.stride(), etaStart = eta.start(0), etaStride = eta.stride();
        double total = 0;
        for (int b = 0; b < n; b++) {
            double yv = yData[yStart + b * yStride], e = etaData[etaStart + b * etaStride];
            double lp = Double.NEGATIVE_INFINITY;
            if (isOutcome(yv, m) && Double.isFinite(e)) {
                int k = (int) yv;
                lp = logMass(k, m, e, k == 0 ? 0 : c[c0 + k - 1], k == m ? 0 : c[c0 + k], scratch);
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

    /** The general case: each observation has its own cutpoints, checked per observation. */
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
                lp = logMass(k, m, e, k == 0 ? 0 : c[c0 + k - 1], k == m ? 0 : c[c0 + k], scratch);
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
     * $\log P(y = k)$ for a valid outcome, finite {@code e} and ordered cutpoints ({@code lower}/{@code upper} are
     * $c_{k-1}$/$c_k$, unused at the ends), with its partials written to {@code partials[0..2]} (eta, cutpoint k-1,
     * cutpoint k). Each tail probability is computed once.
     */
    private static double logMass(int k, int m, double e, double lowerCut, double upperCut, double[] partials) {
        double l = k == 0 ? Double.NEGATIVE_INFINITY : lowerCut - e;
        double u = k == m ? Double.POSITIVE_INFINITY : upperCut - e;
        double lp;
        if (k == 0) lp = logPhi(u);
        else if (k == m) lp = logPhiC(l);
        else if (l >= 0) {
            double tailL = logPhiC(l);
            lp = tailL + log1mExp(logPhiC(u) - tailL);
        } else if (u <= 0) {
            double headU = logPhi(u);
            lp = headU + log1mExp(logPhi(l) - headU);
        } else lp = Math.log1p(-(Math.exp(logPhiC(u)) + Math.exp(logPhi(l))));
        double upper = k == m ? 0 : Math.exp(logNormalDensity(u) - lp), lower = k == 0 ? 0 : Math.exp(logNormalDensity(l) - lp);
        partials[0] = lower - upper;
        partials[1] = -lower;
        partials[2] = upper;
        return lp;
    }

    /** $\log(1 - \Phi(x))$. */
    static double logPhiC(double x) {
        if (x >= 0) return -LOG_TWO - 0.5 * x * x + Math.log(Erfcx.value(x * ROOT_HALF));
        return Math.log1p(-0.5 * Erfc.value(-x * ROOT_HALF));
    }

    static double logPhi(double x) { return logPhiC(-x); }

    private static double logNormalDensity(double x) { return -0.5 * x * x - HALF_LOG_TWO_PI; }

    /** $\log(1 - e^x)$ for $x < 0$ (Maechler 2012: {@code log(-expm1)} near 0, {@code log1p(-exp)} beyond $-\log 2$). */
    private static double log1mExp(double x) { return x > -LOG_TWO ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x)); }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        Operand eta = args.parameter(0), cut = args.parameter(1);
        int m = cut.eventLength();
        ZigguratSampler.NormalizedGaussian standard = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int b = 0; b < args.batchSize(); b++) {
            double z = eta.get(b) + standard.sample();
            int y = 0;
            while (y < m && cut.get(b, y) < z) y++;
            out[outOffset + b] = y;
        }
    }
}
