package org.bayes4j.distributions.combinators;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.distributions.multivariate.MultinomialLogitMaskedFamily;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.GradientCheck;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * Laws of a mixture of vector-event components over seeded random shapes (2 or 3 masked-multinomial
 * components, $K$ from 2 to 4, logits up to $\pm 30$), beyond the fixed-shape
 * {@link MaskedMultinomialMixtureContractTest}: total mass 1 over every count vector; partials equal to finite
 * differences for every component's logits (element-wise) and for $w$ (along zero-sum directions, the simplex's
 * tangent space); configuration errors for components of different event rank or shape. Deliberately broken
 * mixtures (weights forgotten; component partials not scaled by the responsibilities; the scalar-era sampler
 * copying one number per event) each fail the law meant to catch them.
 */
class MaskedMultinomialMixtureLawsTest {

    private static final MultinomialLogitMaskedFamily MASKED = new MultinomialLogitMaskedFamily();
    private static final DistributionFamily TWO = mixture(2), THREE = mixture(3);

    private static DistributionFamily mixture(int components) {
        return new MixtureFamily().configure(Map.of("components", Collections.nCopies(components, "multinomial_logit_masked")));
    }

    /** One event: weights, n, and per component logits and a mask with at least one 1. */
    private record Case(double[] w, int n, double[][] eta, double[][] mask) {
        static Case random(Gen gen, int maxN) {
            int c = gen.integer(2, 3), k = gen.integer(2, 4);
            double[][] eta = new double[c][k], mask = new double[c][k];
            for (int j = 0; j < c; j++) {
                boolean any = false;
                for (int i = 0; i < k; i++) {
                    eta[j][i] = gen.integer(0, 4) == 0 ? (gen.bool() ? 30 : -30) : 2 * gen.normal();
                    mask[j][i] = gen.integer(0, 2) > 0 ? 1 : 0;
                    any |= mask[j][i] == 1;
                }
                if (!any) mask[j][gen.integer(0, k - 1)] = 1;
            }
            return new Case(gen.simplex(c), gen.integer(0, maxN), eta, mask);
        }

        int k() { return eta[0].length; }

        @Override public String toString() {
            return "w=" + Arrays.toString(w) + ", n=" + n + ", eta=" + Arrays.deepToString(eta) + ", masks=" + Arrays.deepToString(mask);
        }
    }

    /** The mixture's log density of one event with fresh adjoints: {@code wAdjoint} and {@code etaAdjoint[j]} receive partials when non-null. */
    private static double logDensity(DistributionFamily f, double[] y, double[] w, int n, double[][] eta, double[][] mask,
                                     double[] wAdjoint, double[][] etaAdjoint) {
        int c = w.length, k = y.length;
        Operand[] params = new Operand[1 + 3 * c];
        params[0] = Operand.of(w, wAdjoint, 0, false, c);
        for (int j = 0; j < c; j++) {
            params[1 + 3 * j] = Operand.of(new double[] {n}, null, 0, false);
            params[2 + 3 * j] = Operand.of(eta[j], etaAdjoint == null ? null : etaAdjoint[j], 0, false, k);
            params[3 + 3 * j] = Operand.of(mask[j], null, 0, false, k);
        }
        return f.logDensity(new Operands(1, Operand.of(y, null, 0, false, k), params, Map.of()));
    }

    private static DistributionFamily mixtureFor(Case c) { return c.w().length == 2 ? TWO : THREE; }

    static void assertNormalises(DistributionFamily two, DistributionFamily three) {
        Property.forAll("vector mixture sums to 1 over every count vector", 0x5C01, 200, gen -> {
            Case c = Case.random(gen, 5);
            double mass = 0;
            for (double[] y : compositions(c.n(), c.k())) {
                mass += Math.exp(logDensity(c.w().length == 2 ? two : three, y, c.w(), c.n(), c.eta(), c.mask(), null, null));
            }
            Tolerance.assertClose("total mass at " + c, mass, 1, 0, 1e-12);
        });
    }

    @Test
    void sumsToOneOverEveryCountVector() { assertNormalises(TWO, THREE); }

    static void assertPartialsMatchFiniteDifferences(DistributionFamily two, DistributionFamily three) {
        Property.forAll("vector mixture partials equal finite differences", 0x5C02, 200, gen -> {
            Case c = Case.random(gen, 30);
            DistributionFamily f = c.w().length == 2 ? two : three;
            double[] y = randomCounts(gen, c.n(), c.mask()[gen.integer(0, c.w().length - 1)]);
            int m = c.w().length, k = c.k();
            double[] wAdjoint = new double[m];
            double[][] etaAdjoint = new double[m][k];
            double lp = logDensity(f, y, c.w(), c.n(), c.eta(), c.mask(), wAdjoint, etaAdjoint);
            assertTrue(Double.isFinite(lp), "a count vector of one component's support has finite density at " + c);
            double[] flat = new double[m * k], analytic = new double[m * k];
            for (int j = 0; j < m; j++) {
                System.arraycopy(c.eta()[j], 0, flat, j * k, k);
                System.arraycopy(etaAdjoint[j], 0, analytic, j * k, k);
            }
            GradientCheck.assertGradient("eta partials at y=" + Arrays.toString(y) + ", " + c, v -> {
                double[][] eta = new double[m][];
                for (int j = 0; j < m; j++) eta[j] = Arrays.copyOfRange(v, j * k, j * k + k);
                return logDensity(f, y, c.w(), c.n(), eta, c.mask(), null, null);
            }, flat, analytic);
            // w along a zero-sum direction small against its smallest entry, so the path stays on the simplex
            double[] d = gen.normals(m);
            double mean = Arrays.stream(d).sum() / m, scale = 0;
            for (int j = 0; j < m; j++) {
                d[j] -= mean;
                scale = Math.max(scale, Math.abs(d[j]) / c.w()[j]);
            }
            double directional = 0;
            for (int j = 0; j < m; j++) directional += wAdjoint[j] * (d[j] /= 250 * scale);
            GradientCheck.assertGradient("w directional partial at y=" + Arrays.toString(y) + ", " + c, s -> {
                double[] w = c.w().clone();
                for (int j = 0; j < m; j++) w[j] += s[0] * d[j];
                return logDensity(f, y, w, c.n(), c.eta(), c.mask(), null, null);
            }, new double[] {0}, new double[] {directional});
        });
    }

    @Test
    void partialsMatchFiniteDifferencesIncludingLogitsOfThirty() { assertPartialsMatchFiniteDifferences(TWO, THREE); }

    @Test
    void componentsMustShareEventRankAndShape() {
        var rank = assertThrows(IllegalArgumentException.class,
                () -> new MixtureFamily().configure(Map.of("components", List.of("multinomial_logit_masked", "poisson"))));
        assertTrue(rank.getMessage().contains("share one event rank"), rank.getMessage());
        DistributionFamily f = new MixtureFamily().configure(Map.of("components", List.of("multinomial_logit", "multinomial_logit_masked")));
        var shape = assertThrows(IllegalArgumentException.class,
                () -> f.valueEventShape(new int[][] {{2}, {}, {4}, {}, {5}, {5}}));
        assertTrue(shape.getMessage().contains("component1") && shape.getMessage().contains("[5]")
                && shape.getMessage().contains("share one event shape"), shape.getMessage());
        assertTrue(Arrays.equals(new int[] {4}, f.valueEventShape(new int[][] {{2}, {}, {4}, {}, {4}, {4}})));
        var mask = assertThrows(IllegalArgumentException.class,
                () -> f.checkParameters(new double[][] {{0.5, 0.5}, {3}, null, {3}, null, {1, 2, 1, 0}}));
        assertTrue(mask.getMessage().startsWith("mixture: component1.available[1] is 2.0"), mask.getMessage());
    }

    /** Forgetting the weights, $\log\sum_j p_j(y)$, gives total mass equal to the number of components. */
    @Test
    void forgottenWeightsFailTheNormalisationLaw() {
        AssertionError e = assertThrows(AssertionError.class, () -> assertNormalises(new Unweighted(TWO), new Unweighted(THREE)));
        assertTrue(String.valueOf(e.getMessage()).contains("total mass"), e.getMessage());
    }

    /** The intact value and weight partials, but every component's partials added at weight 1 instead of r_j. */
    @Test
    void componentPartialsNotScaledByResponsibilitiesFailTheFiniteDifferenceLaw() {
        AssertionError e = assertThrows(AssertionError.class,
                () -> assertPartialsMatchFiniteDifferences(new UnscaledPartials(TWO), new UnscaledPartials(THREE)));
        assertTrue(String.valueOf(e.getMessage()).contains("eta partials"), e.getMessage());
    }

    /** The sampler of scalar-only mixtures, copying one number per event, fails the contract's goodness of fit. */
    @Test
    void scalarEraSamplerFailsTheContractDraws() {
        DistributionFamily intact = MaskedMultinomialMixtureContractTest.mixture();
        DistributionFamily broken = new Delegate(intact) {
            @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
                int k = args.value().eventSize(), batch = args.batchSize();
                double[] full = new double[batch * k];
                intact.sample(rng, args, full, 0);
                for (int b = 0; b < batch; b++) out[outOffset + b] = full[b * k];
            }
        };
        var contract = new MaskedMultinomialMixtureContractTest() {
            @Override protected DistributionFamily family() { return broken; }
        };
        AssertionError e = assertThrows(AssertionError.class, contract::drawsMatchTheDistribution);
        assertTrue(String.valueOf(e.getMessage()).contains("sample mean"), e.getMessage());
    }

    private static class Delegate implements DistributionFamily {
        final DistributionFamily intact;
        Delegate(DistributionFamily intact) { this.intact = intact; }
        @Override public String name() { return intact.name(); }
        @Override public String description() { return intact.description(); }
        @Override public List<ParameterSpec> parameters() { return intact.parameters(); }
        @Override public Constraint support() { return intact.support(); }
        @Override public int valueEventRank() { return intact.valueEventRank(); }
        @Override public int[] valueEventShape(int[][] shapes) { return intact.valueEventShape(shapes); }
        @Override public void checkParameters(double[][] c) { intact.checkParameters(c); }
        @Override public double logDensity(Operands args) { return intact.logDensity(args); }
        @Override public void sample(UniformRandomProvider rng, Operands args, double[] out, int off) { intact.sample(rng, args, out, off); }
    }

    /** $\log\sum_j p_j(y)$: the mixture with every weight read as 1. */
    private static final class Unweighted extends Delegate {
        Unweighted(DistributionFamily intact) { super(intact); }
        @Override public double logDensity(Operands args) {
            int m = args.parameter(0).eventLength();
            double[] ones = new double[m];
            Arrays.fill(ones, 1.0 / m);
            Operand[] params = new Operand[args.arity()];
            params[0] = Operand.of(ones, null, 0, true, m);
            for (int i = 1; i < params.length; i++) params[i] = args.parameter(i);
            // (1/m) sum_j p_j, shifted by log m: sum_j p_j
            return intact.logDensity(new Operands(args.batchSize(), args.value(), params, args.options())) + args.batchSize() * Math.log(m);
        }
    }

    private static final class UnscaledPartials extends Delegate {
        UnscaledPartials(DistributionFamily intact) { super(intact); }
        @Override public double logDensity(Operands args) {
            Operand[] constantComponents = new Operand[args.arity()];
            constantComponents[0] = args.parameter(0);
            for (int i = 1; i < args.arity(); i++) {
                Operand p = args.parameter(i);
                constantComponents[i] = Operand.of(p.data(), null, p.offset(), p.isBroadcast(), p.eventShape());
            }
            double lp = intact.logDensity(new Operands(args.batchSize(), args.value(), constantComponents, args.options()));
            for (int j = 0; 1 + 3 * j < args.arity(); j++) {
                MASKED.logDensity(new Operands(args.batchSize(), args.value(), args.parameter(1 + 3 * j), args.parameter(2 + 3 * j),
                        args.parameter(3 + 3 * j)));
            }
            return lp;
        }
    }

    private static List<double[]> compositions(int n, int k) {
        List<double[]> out = new ArrayList<>();
        compose(n, new double[k], 0, out);
        return out;
    }

    private static void compose(int remaining, double[] y, int j, List<double[]> out) {
        if (j == y.length - 1) {
            y[j] = remaining;
            out.add(y.clone());
            return;
        }
        for (int c = 0; c <= remaining; c++) {
            y[j] = c;
            compose(remaining - c, y, j + 1, out);
        }
    }

    /** A random count vector summing to n over the categories a mask makes available. */
    private static double[] randomCounts(Gen gen, int n, double[] mask) {
        double[] y = new double[mask.length];
        int remaining = n, last = -1;
        for (int j = 0; j < mask.length; j++) if (mask[j] == 1) last = j;
        for (int j = 0; j < mask.length; j++) {
            if (mask[j] == 0) continue;
            y[j] = j == last ? remaining : gen.integer(0, remaining);
            remaining -= (int) y[j];
        }
        return y;
    }
}
