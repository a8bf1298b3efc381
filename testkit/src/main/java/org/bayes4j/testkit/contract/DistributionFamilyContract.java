package org.bayes4j.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.IntegerInterval;
import org.bayes4j.spi.constraint.Simplex;
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
 * The laws of {@link DistributionFamily} as JUnit 5 tests, for families of scalar events whose
 * parameters are scalars or vectors (a categorical's probability simplex or logits).
 * A family is certified by one subclass that supplies the family, seeded generators of valid
 * parameters and values (including extreme ones), an independent reference log density
 * (Commons Statistics, or the naive textbook formula), a few typical parameter sets for the
 * statistical laws, and the CDF and moments where they exist.
 *
 * <p>Laws, one test each:
 * <ol>
 * <li>{@link #logDensityMatchesReference}: to {@link #referenceRelativeTolerance()} (1e-10 by default);</li>
 * <li>{@link #partialsMatchFiniteDifferences}: every partial written (the value when continuous, each
 *     non-discrete parameter) equals a central finite difference of the batch total, taken in
 *     unconstrained coordinates ($\log\sigma$, $\operatorname{logit} p$) so points near a boundary are
 *     checked without stepping outside it; a simplex parameter is checked along random directions that
 *     sum to zero (its partials are defined up to a common constant); partials are <em>added</em> to the
 *     adjoint and nothing outside the operand's view is touched;</li>
 * <li>{@link #broadcastEqualsRepeat}: a stride-0 parameter gives the same total, pointwise values and
 *     accumulated adjoint as a materialised copy;</li>
 * <li>{@link #pointwiseSumsToTotal}: per-event values equal single-event calls and sum to the total;</li>
 * <li>{@link #normalises}: the density integrates (continuous) or sums (discrete) to 1;</li>
 * <li>{@link #outsideSupportIsNegativeInfinity} and {@link #invalidParametersAreNegativeInfinityOrRejected}:
 *     never NaN, in the value or in any partial;</li>
 * <li>{@link #drawsLieInSupport}, {@link #drawMomentsMatch} and {@link #drawsFitTheDistribution}:
 *     draws agree with the density (KS against {@link #cdf} for continuous families, chi-square
 *     against the family's own mass function for discrete ones).</li>
 * </ol>
 * Statistical laws use fixed seeds; each states its false-failure probability. Test methods are
 * public so a test can show each law catching a deliberately broken family.
 *
 * <p>A certification is one small class:
 * <pre>{@code
 * class ExponentialFamilyContractTest extends DistributionFamilyContract {
 *     protected DistributionFamily family() { return new ExponentialFamily(); }
 *     protected double[] parameters(Gen gen) { return new double[] {gen.logUniform(1e-8, 1e8)}; }
 *     protected double value(Gen gen, double[] p) { return gen.logUniform(1e-3, 5) / p[0]; }
 *     protected double referenceLogDensity(double y, double[] p) { return ExponentialDistribution.of(1 / p[0]).logDensity(y); }
 *     protected double[][] typicalParameters() { return new double[][] {{1}, {0.2}, {30}}; }
 *     protected double cdf(double x, double[] p) { return ExponentialDistribution.of(1 / p[0]).cumulativeProbability(x); }
 *     protected double mean(double[] p) { return 1 / p[0]; }
 *     protected double variance(double[] p) { return 1 / (p[0] * p[0]); }
 * }
 * }</pre>
 * Overrides of the tolerances or of the finite-difference generators state their reason in a comment.
 */
public abstract class DistributionFamilyContract {

    /** Candidate values tried as values and as parameters, to probe supports and constraints. */
    private static final double[] PROBES = {
        Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -1e300, -2.5, -1, -0.5, -1e-300, 0, 1e-300,
        0.3, 0.5, 1, 1.5, 2, 3, 7, 1e300 };

    /** False-failure probability of each goodness-of-fit check. */
    private static final double GOF_ALPHA = 1e-6;

    // ---------------------------------------------------------------- supplied by the subclass

    /** The family under test. */
    protected abstract DistributionFamily family();

    /**
     * Valid parameters of one event, in {@link DistributionFamily#parameters()} order (a vector parameter's
     * {@link #parameterSize} elements in place); include extremes.
     */
    protected abstract double[] parameters(Gen gen);

    /** A value in the support given the parameters; include extremes (far tails, boundary counts). */
    protected abstract double value(Gen gen, double[] parameters);

    /** The independent reference log density. */
    protected abstract double referenceLogDensity(double value, double[] parameters);

    /** A few moderate parameter sets for normalisation and draws. */
    protected abstract double[][] typicalParameters();

    /** The CDF, for the Kolmogorov-Smirnov test of continuous families. */
    protected double cdf(double x, double[] parameters) {
        throw new UnsupportedOperationException(family().name() + ": a continuous family's contract must override cdf");
    }

    /** The mean, or NaN where it does not exist (the moment check is then skipped). */
    protected double mean(double[] parameters) { return Double.NaN; }

    /** The variance, or NaN where it (or the fourth moment its standard error needs) does not exist. */
    protected double variance(double[] parameters) { return Double.NaN; }

    /** Relative tolerance of the reference comparison; override only with a reason in a comment. */
    protected double referenceRelativeTolerance() { return 1e-10; }

    /** Absolute tolerance of the reference comparison, for log densities near 0. */
    protected double referenceAbsoluteTolerance() { return 1e-13; }

    /** Parameters for the finite-difference law; defaults to {@link #parameters}. */
    protected double[] gradientParameters(Gen gen) { return parameters(gen); }

    /** Values for the finite-difference law; defaults to {@link #value}. */
    protected double gradientValue(Gen gen, double[] parameters) { return value(gen, parameters); }

    /** Values outside the support for these parameters beyond those the support constraint rejects ({@code y > n}). */
    protected double[] outsideSupport(double[] parameters) { return new double[0]; }

    /** Invalid parameter vectors beyond single parameters outside their constraints (e.g. {@code lower >= upper}). */
    protected double[][] invalidParameters() { return new double[0][]; }

    /**
     * Elements per event of parameter {@code i}: 1 for a scalar; the length {@code K} of a vector
     * parameter (event rank 1), fixed by the subclass. {@link #parameters} concatenates the parameters.
     */
    protected int parameterSize(int i) { return 1; }

    /** Seeded cases per property. */
    protected int cases() { return 200; }

    /** Draws per statistical check. */
    protected int numDraws() { return 20_000; }

    /** Base seed of every property; distinct per family so families do not share streams. */
    protected long seed() { return 0x5EEDL ^ family().name().hashCode(); }

    // ---------------------------------------------------------------- laws

    @Test
    public void declarationIsConsistent() {
        DistributionFamily f = family();
        assertTrue(f.name().matches("[a-z][a-z0-9_]*"), "name must be lowercase: " + f.name());
        assertFalse(f.description().isBlank(), "description is blank");
        assertEquals(0, f.valueEventRank(), "this contract certifies scalar-event families");
        assertEquals(0, f.support().eventRank(), "support of a scalar family has event rank 0");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < f.parameters().size(); i++) {
            ParameterSpec p = f.parameters().get(i);
            assertTrue(names.add(p.name()), "duplicate parameter " + p.name());
            assertTrue(p.eventRank() <= 1, "parameter " + p.name() + " must be a scalar or a vector");
            if (p.eventRank() == 0) assertEquals(1, parameterSize(i), "scalar parameter " + p.name() + " has one element");
        }
        Property.forAll(f.name() + " valid constants pass checkParameters", seed(), cases(), gen -> {
            double[] theta = parameters(gen);
            assertEquals(starts()[sizes().length], theta.length, "parameters(gen) must concatenate every parameter's elements");
            for (int i = 0; i < sizes().length; i++) {
                assertTrue(f.parameters().get(i).constraint().contains(slice(theta, i), shape(i)),
                        "generated " + f.parameters().get(i).name() + " outside its constraint: " + Arrays.toString(slice(theta, i)));
            }
            f.checkParameters(constants(theta));
            assertTrue(support(theta).contains(new double[] {value(gen, theta)}, new int[0]), "generated value outside the support");
        });
    }

    @Test
    public void logDensityMatchesReference() {
        Property.forAll(family().name() + " log density equals the reference", seed() + 1, cases(), gen -> {
            double[] theta = parameters(gen);
            double y = value(gen, theta);
            double actual = single(y, theta);
            double expected = referenceLogDensity(y, theta);
            Tolerance.assertClose(family().name() + "(y=" + y + " | " + Arrays.toString(theta) + ")", actual, expected,
                    referenceRelativeTolerance(), referenceAbsoluteTolerance());
        });
    }

    @Test
    public void partialsMatchFiniteDifferences() {
        DistributionFamily f = family();
        List<ParameterSpec> specs = f.parameters();
        int arity = specs.size();
        int[] sizes = sizes(), starts = starts();
        Property.forAll(f.name() + " partials equal finite differences", seed() + 2, cases(), gen -> {
            int batch = gen.integer(1, 3);
            double[][] theta = new double[batch][];
            double[] y = new double[batch];
            for (int b = 0; b < batch; b++) {
                theta[b] = gradientParameters(gen);
                y[b] = gradientValue(gen, theta[b]);
            }
            boolean[] differentiate = differentiable();
            DistributionCall call = new DistributionCall(y, theta, sizes, ranks(), new boolean[arity], differentiate);
            call.logDensity(f);
            assertFalse(call.paddingTouched(), "an adjoint cell outside the operand's view was written");
            double[][] once = new double[1 + arity][];
            once[0] = call.valuePartials();
            for (int i = 0; i < arity; i++) once[1 + i] = call.parameterPartials(i);
            call.logDensity(f);
            for (int k = 0; k <= arity; k++) {
                if (once[k] == null) continue;
                double[] twice = k == 0 ? call.valuePartials() : call.parameterPartials(k - 1);
                // loose: a family may add one partial in several steps, so doubling is exact only up to rounding
                Tolerance.assertClose("adjoint after a second evaluation (partials must be added, not assigned)",
                        twice, scaled(once[k], 2), 1e-8, 0);
            }
            // element-wise coordinates (event b, operand k, element j), strictly inside their constraint
            List<int[]> coordinates = new ArrayList<>();
            for (int b = 0; b < batch; b++) {
                for (int k = 0; k <= arity; k++) {
                    if (!differentiate[k] || (k > 0 && specs.get(k - 1).constraint().eventRank() > 0)) continue;
                    for (int j = 0; j < (k == 0 ? 1 : sizes[k - 1]); j++) {
                        Constraint c = k == 0 ? support(theta[b]) : specs.get(k - 1).constraint();
                        double x = k == 0 ? y[b] : theta[b][starts[k - 1] + j];
                        if (Double.isFinite(DistributionCoordinates.unconstrain(c, x))) coordinates.add(new int[] {b, k, j});
                    }
                }
            }
            int dim = coordinates.size();
            if (dim > 0) {
                double[] u = new double[dim];
                double[] analytic = new double[dim];
                Constraint[] constraints = new Constraint[dim];
                for (int n = 0; n < dim; n++) {
                    int b = coordinates.get(n)[0], k = coordinates.get(n)[1], j = coordinates.get(n)[2];
                    constraints[n] = k == 0 ? support(theta[b]) : specs.get(k - 1).constraint();
                    double x = k == 0 ? y[b] : theta[b][starts[k - 1] + j];
                    u[n] = DistributionCoordinates.unconstrain(constraints[n], x);
                    double partial = k == 0 ? once[0][b] : once[k][b * sizes[k - 1] + j];
                    analytic[n] = partial * DistributionCoordinates.derivative(constraints[n], x);
                }
                GradientCheck.assertGradient(f.name() + " at y=" + Arrays.toString(y) + ", parameters=" + Arrays.deepToString(theta), v -> {
                    double[] yv = y.clone();
                    double[][] tv = new double[batch][];
                    for (int b = 0; b < batch; b++) tv[b] = theta[b].clone();
                    for (int n = 0; n < dim; n++) {
                        int b = coordinates.get(n)[0], k = coordinates.get(n)[1], j = coordinates.get(n)[2];
                        double x = DistributionCoordinates.constrain(constraints[n], v[n]);
                        if (k == 0) yv[b] = x;
                        else tv[b][starts[k - 1] + j] = x;
                    }
                    return DistributionCall.plain(yv, tv, sizes, ranks()).logDensity(f);
                }, u, analytic);
            }
            // event-wise constraints (a simplex): the directional derivative along a random zero-sum direction
            for (int b = 0; b < batch; b++) {
                for (int i = 0; i < arity; i++) {
                    Constraint c = specs.get(i).constraint();
                    if (!differentiate[1 + i] || c.eventRank() == 0) continue;
                    boolean ordered = c instanceof org.bayes4j.spi.constraint.Ordered;
                    if (!(c instanceof Simplex) && !ordered) {
                        throw new UnsupportedOperationException("no finite-difference directions for " + c.name());
                    }
                    double[] p = slice(theta[b], i);
                    double[] d = gen.normals(p.length);
                    double scale = 0;
                    if (ordered) {
                        // a step of 1e-3 along d keeps the order: every entry moves by at most a quarter of the smallest gap
                        double gap = Double.POSITIVE_INFINITY;
                        for (int j = 1; j < p.length; j++) gap = Math.min(gap, p[j] - p[j - 1]);
                        for (int j = 0; j < p.length; j++) scale = Math.max(scale, Math.abs(d[j]) / Math.min(gap, Math.max(1, Math.abs(p[j]))));
                    } else {
                        double mean = Arrays.stream(d).sum() / p.length;
                        for (int j = 0; j < p.length; j++) {
                            d[j] -= mean;
                            scale = Math.max(scale, Math.abs(d[j]) / p[j]);
                        }
                    }
                    // a step of 1e-3 along d stays inside the simplex: every p_j moves by at most p_j / 4
                    for (int j = 0; j < p.length; j++) d[j] /= 250 * scale;
                    double directional = 0;
                    for (int j = 0; j < p.length; j++) directional += once[1 + i][b * sizes[i] + j] * d[j];
                    int event = b, parameter = i;
                    GradientCheck.assertGradient(f.name() + " directional derivative of " + specs.get(i).name() + " at "
                            + Arrays.toString(p) + " along " + Arrays.toString(d), s -> {
                        double[][] tv = new double[batch][];
                        for (int e = 0; e < batch; e++) tv[e] = theta[e].clone();
                        for (int j = 0; j < p.length; j++) tv[event][starts[parameter] + j] = p[j] + s[0] * d[j];
                        return DistributionCall.plain(y, tv, sizes, ranks()).logDensity(f);
                    }, new double[] {0}, new double[] {directional});
                }
            }
        });
    }

    @Test
    public void broadcastEqualsRepeat() {
        DistributionFamily f = family();
        int arity = f.parameters().size();
        int[] sizes = sizes();
        Property.forAll(f.name() + " broadcast equals repeat", seed() + 3, cases(), gen -> {
            int batch = gen.integer(2, 5);
            boolean[] broadcast = new boolean[arity];
            int forced = gen.integer(0, arity - 1);
            for (int i = 0; i < arity; i++) broadcast[i] = i == forced || gen.bool();
            double[][] theta = batchParameters(gen, batch, broadcast);
            double[] y = new double[batch];
            for (int b = 0; b < batch; b++) y[b] = value(gen, theta[b]);
            boolean[] differentiate = differentiable();
            DistributionCall shared = new DistributionCall(y, theta, sizes, ranks(), broadcast, differentiate);
            DistributionCall repeated = new DistributionCall(y, theta, sizes, ranks(), new boolean[arity], differentiate);
            double[] sharedPointwise = new double[batch], repeatedPointwise = new double[batch];
            double sharedTotal = f.logDensity(shared.operands().withPointwise(sharedPointwise));
            double repeatedTotal = f.logDensity(repeated.operands().withPointwise(repeatedPointwise));
            String where = f.name() + " broadcast " + Arrays.toString(broadcast) + " at " + Arrays.deepToString(theta);
            Tolerance.assertClose(where + " total", sharedTotal, repeatedTotal, 1e-12, 0);
            Tolerance.assertClose(where + " pointwise", sharedPointwise, repeatedPointwise, 1e-12, 0);
            if (differentiate[0]) {
                Tolerance.assertClose(where + " value partials", shared.valuePartials(), repeated.valuePartials(), 1e-12, 0);
            }
            for (int i = 0; i < arity; i++) {
                if (!differentiate[1 + i]) continue;
                double[] expected = repeated.parameterPartials(i);
                if (broadcast[i]) {
                    double[] sum = new double[sizes[i]];
                    double scale = 0;
                    for (int b = 0; b < batch; b++) {
                        for (int j = 0; j < sizes[i]; j++) {
                            sum[j] += expected[b * sizes[i] + j];
                            scale += Math.abs(expected[b * sizes[i] + j]);
                        }
                    }
                    Tolerance.assertClose(where + " accumulated partial of " + f.parameters().get(i).name(),
                            shared.parameterPartials(i), sum, 1e-10, 1e-12 * scale);
                } else {
                    Tolerance.assertClose(where + " partials of " + f.parameters().get(i).name(),
                            shared.parameterPartials(i), expected, 1e-12, 0);
                }
            }
        });
    }

    @Test
    public void pointwiseSumsToTotal() {
        DistributionFamily f = family();
        int arity = f.parameters().size();
        Property.forAll(f.name() + " pointwise sums to the total", seed() + 4, cases(), gen -> {
            int batch = gen.integer(1, 5);
            double[][] theta = batchParameters(gen, batch, new boolean[arity]);
            double[] y = new double[batch];
            for (int b = 0; b < batch; b++) y[b] = value(gen, theta[b]);
            double[] pointwise = new double[batch];
            Arrays.fill(pointwise, Double.NaN);
            double total = f.logDensity(DistributionCall.plain(y, theta, sizes(), ranks()).operands().withPointwise(pointwise));
            double totalWithout = DistributionCall.plain(y, theta, sizes(), ranks()).logDensity(f);
            Tolerance.assertClose(f.name() + " total with and without pointwise", total, totalWithout, 1e-15, 0);
            double sum = 0, scale = 0;
            for (int b = 0; b < batch; b++) {
                double single = single(y[b], theta[b]);
                Tolerance.assertClose(f.name() + " pointwise[" + b + "] vs a single-event call", pointwise[b], single, 1e-14, 0);
                sum += pointwise[b];
                scale += Math.abs(pointwise[b]);
            }
            Tolerance.assertClose(f.name() + " sum of pointwise vs total", sum, total, 1e-12, 1e-14 * scale);
        });
    }

    @Test
    public void normalises() {
        DistributionFamily f = family();
        for (double[] theta : typicalParameters()) {
            Constraint support = support(theta);
            double mass;
            if (isDiscrete()) {
                mass = DistributionQuadrature.sum(y -> single(y, theta), support);
                // summation of at most millions of positive terms: rounding error well below 1e-12
                Tolerance.assertClose(f.name() + Arrays.toString(theta) + " total mass", mass, 1, 0, 1e-10);
            } else {
                // centre and scale of the mass from draws, so the quadrature's transformed range is well placed
                double[] draws = draw(theta, 2_000, seed() + 5);
                boolean halfLine = Double.isFinite(DistributionQuadrature.lowerBound(support))
                        ^ Double.isFinite(DistributionQuadrature.upperBound(support));
                if (halfLine) {
                    double bound = Double.isFinite(DistributionQuadrature.lowerBound(support))
                            ? DistributionQuadrature.lowerBound(support) : DistributionQuadrature.upperBound(support);
                    for (int i = 0; i < draws.length; i++) draws[i] = Math.log(Math.abs(draws[i] - bound));
                }
                Arrays.sort(draws);
                double median = draws[draws.length / 2];
                double scale = (draws[draws.length * 3 / 4] - draws[draws.length / 4]) / 1.349;
                mass = DistributionQuadrature.integrate(y -> single(y, theta), support, median, scale, 1e-11);
                // Adaptive Simpson to an absolute 1e-11 on smooth integrands. 1e-7 leaves room for what doubles
                // cannot resolve: an end singularity such as Beta(0.5, 0.5)'s holds ~6e-9 of mass within an ulp
                // of 1, and the quadrature's evaluation budget is spent in that noise (see DistributionQuadrature).
                Tolerance.assertClose(f.name() + Arrays.toString(theta) + " integral of the density", mass, 1, 0, 1e-7);
            }
        }
    }

    @Test
    public void outsideSupportIsNegativeInfinity() {
        DistributionFamily f = family();
        Property.forAll(f.name() + " outside the support is -inf, never NaN", seed() + 6, Math.max(20, cases() / 5), gen -> {
            double[] theta = parameters(gen);
            Constraint support = support(theta);
            for (double y : PROBES) {
                double lp = singleWithAdjoints(y, theta);
                if (!support.contains(new double[] {y}, new int[0])) {
                    assertEquals(Double.NEGATIVE_INFINITY, lp, f.name() + " at y=" + y + " outside " + support.name()
                            + " with parameters " + Arrays.toString(theta));
                }
            }
            for (double y : outsideSupport(theta)) {
                assertEquals(Double.NEGATIVE_INFINITY, singleWithAdjoints(y, theta),
                        f.name() + " at y=" + y + " outside the support for parameters " + Arrays.toString(theta));
            }
        });
    }

    @Test
    public void invalidParametersAreNegativeInfinityOrRejected() {
        DistributionFamily f = family();
        List<ParameterSpec> specs = f.parameters();
        Property.forAll(f.name() + " invalid parameters give -inf or are rejected, never NaN", seed() + 7,
                Math.max(20, cases() / 5), gen -> {
            double[] theta = parameters(gen);
            double y = value(gen, theta);
            for (int i = 0; i < specs.size(); i++) {
                // the first and last element of a vector parameter, the only element of a scalar one
                for (int j : new int[] {0, sizes()[i] - 1}) {
                    for (double bad : PROBES) {
                        double[] invalid = theta.clone();
                        invalid[starts()[i] + j] = bad;
                        if (specs.get(i).constraint().contains(slice(invalid, i), shape(i))) continue;
                        assertInvalid(y, invalid, specs.get(i).name());
                    }
                }
            }
        });
        double[] feasible = new double[1];
        f.support().feasiblePoint(new int[0], feasible);
        for (double[] invalid : invalidParameters()) assertInvalid(feasible[0], invalid, null);
    }

    @Test
    public void drawsLieInSupport() {
        double[][] typical = typicalParameters();
        for (int c = 0; c < typical.length; c++) {
            double[] theta = typical[c];
            Constraint support = support(theta);
            for (double y : draw(theta, 2_000, seed() + 8 + c)) {
                assertTrue(support.contains(new double[] {y}, new int[0]),
                        family().name() + Arrays.toString(theta) + " drew " + y + " outside " + support.name());
            }
        }
    }

    /** Sample mean and variance within {@link DistributionGoodnessOfFit#Z} = 5 standard errors: false-failure 5.7e-7 per check. */
    @Test
    public void drawMomentsMatch() {
        double[][] typical = typicalParameters();
        for (int c = 0; c < typical.length; c++) {
            double[] theta = typical[c];
            double mean = mean(theta), variance = variance(theta);
            if (!Double.isFinite(mean)) continue;
            double[] draws = draw(theta, numDraws(), seed() + 20 + c);
            String what = family().name() + Arrays.toString(theta);
            DistributionGoodnessOfFit.assertMean(what, draws, mean, variance);
            if (Double.isFinite(variance)) DistributionGoodnessOfFit.assertVariance(what, draws, variance);
        }
    }

    /**
     * Draws with per-event parameters (two typical sets interleaved, not broadcast) fit each set's
     * distribution: KS with the DKW bound (false failure at most 1e-6 per check, exactly) or
     * chi-square (about 1e-6, asymptotically).
     */
    @Test
    public void drawsFitTheDistribution() {
        double[][] typical = typicalParameters();
        int n = numDraws();
        for (int c = 0; c < typical.length; c++) {
            double[] first = typical[c], second = typical[(c + 1) % typical.length];
            double[][] theta = new double[2 * n][];
            for (int b = 0; b < 2 * n; b++) theta[b] = b % 2 == 0 ? first : second;
            double[] out = new double[2 * n + 1];
            UniformRandomProvider rng = RandomSource.XO_RO_SHI_RO_128_PP.create(seed() + 40 + c);
            family().sample(rng, DistributionCall.plain(new double[2 * n], theta, sizes(), ranks()).operands(), out, 1);
            double[] a = new double[n], b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = out[1 + 2 * i];
                b[i] = out[2 + 2 * i];
            }
            assertFits(first, a);
            assertFits(second, b);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Discrete when the support is ({@link Constraint#isDiscrete()}). */
    protected boolean isDiscrete() { return family().support().isDiscrete(); }

    /** The support for these parameters held constant. */
    protected Constraint support(double[] parameters) { return family().support(constants(parameters)); }

    /** Exact draws from the family: one batched call with every parameter broadcast. */
    protected double[] draw(double[] parameters, int n, long seed) {
        int arity = parameters.length;
        boolean[] all = new boolean[arity];
        Arrays.fill(all, true);
        double[][] theta = new double[n][];
        Arrays.fill(theta, parameters);
        Operands args = new DistributionCall(new double[n], theta, sizes(), ranks(), all, null).operands();
        double[] out = new double[n];
        family().sample(RandomSource.XO_RO_SHI_RO_128_PP.create(seed), args, out, 0);
        return out;
    }

    /** Log density of one event. */
    protected double single(double y, double[] parameters) {
        return DistributionCall.plain(new double[] {y}, new double[][] {parameters}, sizes(), ranks()).logDensity(family());
    }

    private void assertFits(double[] theta, double[] draws) {
        String what = family().name() + Arrays.toString(theta);
        if (!isDiscrete()) {
            DistributionGoodnessOfFit.assertKolmogorovSmirnov(what, draws, x -> cdf(x, theta), GOF_ALPHA);
            return;
        }
        Constraint support = support(theta);
        long lowest = support instanceof IntegerInterval in ? in.lower() : 0;
        double[] mass = new double[1024];
        int size = 0;
        double cumulative = 0;
        for (long k = lowest; cumulative < 1 - 1e-12 && size < 1_000_000; k++) {
            if (size == mass.length) mass = Arrays.copyOf(mass, 2 * size);
            double pk = Math.exp(single(k, theta));
            mass[size++] = pk;
            cumulative += pk;
            if (pk == 0 && cumulative > 0.5) break;
        }
        DistributionGoodnessOfFit.assertChiSquare(what, draws, lowest, Arrays.copyOf(mass, size), GOF_ALPHA);
    }

    private void assertInvalid(double y, double[] invalid, String parameter) {
        DistributionFamily f = family();
        double lp = DistributionCall.plain(new double[] {y}, new double[][] {invalid}, sizes(), ranks()).logDensity(f);
        assertFalse(Double.isNaN(lp), f.name() + " returned NaN for parameters " + Arrays.toString(invalid));
        double lpWithAdjoints = singleWithAdjoints(y, invalid);
        assertEquals(lp, lpWithAdjoints, 0, "log density changes when adjoints are attached");
        if (lp == Double.NEGATIVE_INFINITY) return;
        try {
            f.checkParameters(constants(invalid));
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage());
            assertTrue(message.contains(f.name()) && (parameter == null || message.contains(parameter)),
                    "rejection message should name the family and parameter: " + message);
            return;
        }
        fail(f.name() + " gave " + lp + " for invalid parameters " + Arrays.toString(invalid)
                + " and checkParameters accepted them");
    }

    /** Single-event log density with every differentiable operand attached; asserts no NaN and no stray write. */
    private double singleWithAdjoints(double y, double[] parameters) {
        boolean[] differentiate = differentiable();
        int arity = sizes().length;
        DistributionCall call = new DistributionCall(new double[] {y}, new double[][] {parameters}, sizes(), ranks(),
                new boolean[arity], differentiate);
        double lp = call.logDensity(family());
        assertFalse(Double.isNaN(lp), family().name() + " returned NaN at y=" + y + ", parameters " + Arrays.toString(parameters));
        assertFalse(call.paddingTouched(), "an adjoint cell outside the operand's view was written");
        if (differentiate[0]) assertFalse(Double.isNaN(call.valuePartials()[0]), "NaN value partial at y=" + y);
        for (int i = 0; i < arity; i++) {
            if (!differentiate[1 + i]) continue;
            for (double g : call.parameterPartials(i)) {
                assertFalse(Double.isNaN(g), "NaN partial of " + family().parameters().get(i).name()
                        + " at y=" + y + ", parameters " + Arrays.toString(parameters));
            }
        }
        return lp;
    }

    private boolean[] differentiable() {
        List<ParameterSpec> specs = family().parameters();
        boolean[] d = new boolean[1 + specs.size()];
        d[0] = !isDiscrete();
        for (int i = 0; i < specs.size(); i++) d[1 + i] = !specs.get(i).constraint().isDiscrete();
        return d;
    }

    /** Parameters for a batch: fresh per event, except broadcast ones, which keep event 0's value. */
    private double[][] batchParameters(Gen gen, int batch, boolean[] broadcast) {
        double[][] theta = new double[batch][];
        theta[0] = parameters(gen);
        for (int b = 1; b < batch; b++) {
            theta[b] = parameters(gen);
            for (int i = 0; i < broadcast.length; i++) {
                if (broadcast[i]) System.arraycopy(theta[0], starts()[i], theta[b], starts()[i], sizes()[i]);
            }
        }
        return theta;
    }

    private static double[] scaled(double[] x, double factor) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) y[i] = factor * x[i];
        return y;
    }

    /** Each parameter's elements, as {@link DistributionFamily#checkParameters} and {@code support(double[][])} take them. */
    private double[][] constants(double[] parameters) {
        double[][] c = new double[sizes().length][];
        for (int i = 0; i < c.length; i++) c[i] = slice(parameters, i);
        return c;
    }

    private double[] slice(double[] parameters, int i) {
        return Arrays.copyOfRange(parameters, starts()[i], starts()[i] + sizes()[i]);
    }

    private int[] shape(int i) { return family().parameters().get(i).eventRank() == 0 ? new int[0] : new int[] {sizes()[i]}; }

    private int[] sizes() {
        int[] sizes = new int[family().parameters().size()];
        for (int i = 0; i < sizes.length; i++) sizes[i] = parameterSize(i);
        return sizes;
    }

    private int[] ranks() {
        int[] ranks = new int[family().parameters().size()];
        for (int i = 0; i < ranks.length; i++) ranks[i] = family().parameters().get(i).eventRank();
        return ranks;
    }

    /** {@code starts()[i]}: index of parameter i's first element in a concatenated parameter vector; the last entry is the total. */
    private int[] starts() {
        int[] sizes = sizes();
        int[] starts = new int[sizes.length + 1];
        for (int i = 0; i < sizes.length; i++) starts[i + 1] = starts[i] + sizes[i];
        return starts;
    }
}
