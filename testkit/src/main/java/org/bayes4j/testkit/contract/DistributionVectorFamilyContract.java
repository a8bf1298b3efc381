package org.bayes4j.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.simple.RandomSource;
import org.bayes4j.spi.constraint.CholeskyCovariance;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.GradientCheck;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link DistributionFamily} for families of vector events (a multinomial count vector,
 * a multivariate normal draw), with scalar, vector or matrix parameters of fixed shapes. The same laws
 * as {@link DistributionFamilyContract}, adapted to events of {@code valueShape()}:
 * <ol>
 * <li>log density equals the reference (1e-10 relative by default);</li>
 * <li>partials equal finite differences: element-wise for real and positive arguments (in log
 *     coordinates), along random zero-sum directions for a simplex (value or parameter), over the lower
 *     triangle (diagonal in log coordinates) for a Cholesky factor;</li>
 * <li>broadcast equals repeat; 4. pointwise values equal single-event calls and sum to the total;</li>
 * <li>normalisation: a discrete family sums to 1 over {@link #supportPoints}; a continuous one of
 *     dimension at most 2, or on a simplex of dimension at most 3, integrates to 1 by nested adaptive
 *     quadrature;</li>
 * <li>values outside the support and invalid parameters give $-\infty$ (or are rejected), never NaN;</li>
 * <li>draws lie in the support; their mean vector and the variance of every pairwise sum
 *     $x_i + x_j$ (hence the covariance) match within 5 standard errors (false failure $5.7\cdot10^{-7}$ each);
 *     discrete draws pass a chi-square test over the whole support, continuous ones a
 *     Kolmogorov-Smirnov test of each marginal (DKW bound, false failure at most $10^{-6}$ each).</li>
 * </ol>
 */
public abstract class DistributionVectorFamilyContract {

    private static final double[] PROBES = {Double.NaN, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, -1, -0.5, 0, 0.5, 2.5, 1e300};
    private static final double GOF_ALPHA = 1e-6;

    protected abstract DistributionFamily family();

    /** Shape of one event of the value (e.g. {@code {K}}). */
    protected abstract int[] valueShape();

    /** Shape of one event of each parameter ({@code {}} scalar, {@code {K}} vector, {@code {K, K}} matrix). */
    protected abstract int[][] parameterShapes();

    /** Valid parameters of one event, concatenated in order (matrices row-major); include extremes. */
    protected abstract double[] parameters(Gen gen);

    /** A value in the support given the parameters. */
    protected abstract double[] value(Gen gen, double[] parameters);

    protected abstract double referenceLogDensity(double[] value, double[] parameters);

    /** A few moderate parameter sets for normalisation and draws. */
    protected abstract double[][] typicalParameters();

    /** Every point of a discrete family's support for these parameters (a finite support). */
    protected List<double[]> supportPoints(double[] parameters) {
        throw new UnsupportedOperationException(family().name() + ": a discrete family's contract must list its support points");
    }

    /** CDF of marginal {@code j}, for the Kolmogorov-Smirnov test of continuous families. */
    protected double marginalCdf(int j, double x, double[] parameters) {
        throw new UnsupportedOperationException(family().name() + ": a continuous family's contract must override marginalCdf");
    }

    /** The mean vector, or null where it does not exist. */
    protected double[] mean(double[] parameters) { return null; }

    /** The covariance matrix (row-major), or null where it or the fourth moments do not exist. */
    protected double[] covariance(double[] parameters) { return null; }

    protected double referenceRelativeTolerance() { return 1e-10; }

    protected double referenceAbsoluteTolerance() { return 1e-12; }

    protected double[] gradientParameters(Gen gen) { return parameters(gen); }

    protected double[] gradientValue(Gen gen, double[] parameters) { return value(gen, parameters); }

    /**
     * For a value on a manifold (a zero-sum array, a Cholesky factor of a correlation matrix), a smooth curve
     * {@code c(t)} in the support with {@code c(0) = value}: the value partials are then checked along it,
     * $\frac{d}{dt}\log p(c(t))|_{t=0} = \nabla_y \log p \cdot c'(0)$ (only the tangential part of the
     * gradient is meaningful there). {@code null} (the default) checks the value element-wise.
     */
    protected java.util.function.DoubleFunction<double[]> valueCurve(Gen gen, double[] value) { return null; }

    /** Values outside the support beyond those the support constraint rejects (counts not summing to n). */
    protected List<double[]> outsideSupport(double[] parameters) { return List.of(); }

    protected int cases() { return 100; }

    protected int numDraws() { return 20_000; }

    protected long seed() { return 0x7EC7L ^ family().name().hashCode(); }

    protected boolean isDiscrete() { return family().support().isDiscrete(); }

    // ---------------------------------------------------------------- laws

    @Test
    public void declarationIsConsistent() {
        DistributionFamily f = family();
        assertTrue(f.name().matches("[a-z][a-z0-9_]*"), "name must be lowercase: " + f.name());
        assertEquals(valueShape().length, f.valueEventRank(), "value event rank");
        int[] expected = f.valueEventShape(parameterShapes());
        assertEquals(valueShape().length, expected.length, "value event rank from the parameter shapes");
        for (int a = 0; a < expected.length; a++) {
            // -1: the size of that axis is taken from the value
            if (expected[a] != -1) assertEquals(valueShape()[a], expected[a], "value event shape from the parameter shapes, axis " + a);
        }
        for (int i = 0; i < parameterShapes().length; i++) {
            assertEquals(parameterShapes()[i].length, f.parameters().get(i).eventRank(), "event rank of " + f.parameters().get(i).name());
        }
        Property.forAll(f.name() + " generated points are valid", seed(), cases(), gen -> {
            double[] theta = parameters(gen);
            for (int i = 0; i < parameterShapes().length; i++) {
                assertTrue(f.parameters().get(i).constraint().contains(slice(theta, i), parameterShapes()[i]),
                        "generated " + f.parameters().get(i).name() + " outside its constraint");
            }
            f.checkParameters(constants(theta));
            assertTrue(f.support().contains(value(gen, theta), valueShape()), "generated value outside the support");
        });
    }

    @Test
    public void logDensityMatchesReference() {
        Property.forAll(family().name() + " log density equals the reference", seed() + 1, cases(), gen -> {
            double[] theta = parameters(gen);
            double[] y = value(gen, theta);
            Tolerance.assertClose(family().name() + "(y=" + Arrays.toString(y) + " | " + Arrays.toString(theta) + ")",
                    single(y, theta), referenceLogDensity(y, theta), referenceRelativeTolerance(), referenceAbsoluteTolerance());
        });
    }

    @Test
    public void partialsMatchFiniteDifferences() {
        DistributionFamily f = family();
        List<ParameterSpec> specs = f.parameters();
        int arity = specs.size(), k = valueSize();
        Property.forAll(f.name() + " partials equal finite differences", seed() + 2, cases(), gen -> {
            int batch = gen.integer(1, 3);
            double[][] theta = new double[batch][];
            double[] y = new double[batch * k];
            for (int b = 0; b < batch; b++) {
                theta[b] = gradientParameters(gen);
                System.arraycopy(gradientValue(gen, theta[b]), 0, y, b * k, k);
            }
            boolean[] differentiate = differentiable();
            DistributionCall call = new DistributionCall(y, valueShape(), batch, theta, parameterShapes(), new boolean[arity], differentiate);
            call.logDensity(f);
            assertFalse(call.paddingTouched(), "an adjoint cell outside the operand's view was written");
            double[][] once = new double[1 + arity][];
            once[0] = call.valuePartials();
            for (int i = 0; i < arity; i++) once[1 + i] = call.parameterPartials(i);
            call.logDensity(f);
            for (int m = 0; m <= arity; m++) {
                if (once[m] == null) continue;
                double[] twice = m == 0 ? call.valuePartials() : call.parameterPartials(m - 1);
                for (int n = 0; n < twice.length; n++) {
                    Tolerance.assertClose("adjoint after a second evaluation (partials must be added)", twice[n], 2 * once[m][n], 1e-8, 0);
                }
            }
            java.util.function.DoubleFunction<double[]>[] curves = new java.util.function.DoubleFunction[batch];
            for (int b = 0; b < batch; b++) curves[b] = differentiate[0] ? valueCurve(gen, Arrays.copyOfRange(y, b * k, b * k + k)) : null;
            // element coordinates: {event, operand, element, kind} with kind 0 identity, 1 log
            List<int[]> coordinates = new ArrayList<>();
            for (int b = 0; b < batch; b++) {
                // a simplex value is checked along zero-sum directions below
                if (differentiate[0] && !(f.support() instanceof Simplex) && curves[b] == null) for (int j = 0; j < k; j++) coordinates.add(new int[] {b, 0, j, 0});
                for (int i = 0; i < arity; i++) {
                    if (!differentiate[1 + i]) continue;
                    Constraint c = specs.get(i).constraint();
                    int size = size(parameterShapes()[i]);
                    if (c instanceof CholeskyCovariance) {
                        int dim = parameterShapes()[i][0];
                        for (int r = 0; r < dim; r++) for (int col = 0; col <= r; col++) coordinates.add(new int[] {b, 1 + i, r * dim + col, r == col ? 1 : 0});
                    } else if (c.eventRank() == 0) {
                        for (int j = 0; j < size; j++) {
                            double x = theta[b][start(i) + j];
                            int kind = DistributionCoordinates.unconstrain(c, x) == x ? 0 : 1;
                            if (kind == 1 && !(c instanceof org.bayes4j.spi.constraint.Positive)) {
                                throw new UnsupportedOperationException("no finite-difference coordinates for " + c.name());
                            }
                            coordinates.add(new int[] {b, 1 + i, j, kind});
                        }
                    } else if (!(c instanceof Simplex)) {
                        throw new UnsupportedOperationException("no finite-difference directions for " + c.name());
                    }
                }
            }
            int dim = coordinates.size();
            if (dim > 0) {
                double[] u = new double[dim], analytic = new double[dim];
                for (int n = 0; n < dim; n++) {
                    int[] c = coordinates.get(n);
                    double x = c[1] == 0 ? y[c[0] * k + c[2]] : theta[c[0]][start(c[1] - 1) + c[2]];
                    double partial = c[1] == 0 ? once[0][c[0] * k + c[2]] : once[c[1]][c[0] * size(parameterShapes()[c[1] - 1]) + c[2]];
                    u[n] = c[3] == 1 ? Math.log(x) : x;
                    analytic[n] = partial * (c[3] == 1 ? x : 1);
                }
                GradientCheck.assertGradient(f.name() + " at y=" + Arrays.toString(y) + ", parameters=" + Arrays.deepToString(theta), v -> {
                    double[] yv = y.clone();
                    double[][] tv = new double[batch][];
                    for (int b = 0; b < batch; b++) tv[b] = theta[b].clone();
                    for (int n = 0; n < dim; n++) {
                        int[] c = coordinates.get(n);
                        double x = c[3] == 1 ? Math.exp(v[n]) : v[n];
                        if (c[1] == 0) yv[c[0] * k + c[2]] = x;
                        else tv[c[0]][start(c[1] - 1) + c[2]] = x;
                    }
                    return plain(yv, batch, tv).logDensity(f);
                }, u, analytic);
            }
            for (int b = 0; b < batch; b++) {
                if (curves[b] != null) {
                    // tangent c'(0) by a central difference of the curve itself (smooth, so O(h^2) accurate)
                    double h = 1e-6;
                    double[] ahead = curves[b].apply(h), behind = curves[b].apply(-h);
                    double directional = 0;
                    for (int j = 0; j < k; j++) directional += once[0][b * k + j] * (ahead[j] - behind[j]) / (2 * h);
                    var curve = curves[b];
                    int event = b;
                    GradientCheck.assertGradient(f.name() + " derivative along a curve in the support", s -> {
                        double[] yv = y.clone();
                        System.arraycopy(curve.apply(s[0]), 0, yv, event * k, k);
                        return plain(yv, batch, theta).logDensity(f);
                    }, new double[] {0}, new double[] {directional});
                }
                if (differentiate[0] && f.support() instanceof Simplex) {
                    double[] p = Arrays.copyOfRange(y, b * k, b * k + k);
                    double[] d = zeroSumDirection(gen, p);
                    double directional = 0;
                    for (int j = 0; j < k; j++) directional += once[0][b * k + j] * d[j];
                    int event = b;
                    GradientCheck.assertGradient(f.name() + " directional derivative of the value", s -> {
                        double[] yv = y.clone();
                        for (int j = 0; j < k; j++) yv[event * k + j] = p[j] + s[0] * d[j];
                        return plain(yv, batch, theta).logDensity(f);
                    }, new double[] {0}, new double[] {directional});
                }
                for (int i = 0; i < arity; i++) {
                    if (!differentiate[1 + i] || !(specs.get(i).constraint() instanceof Simplex)) continue;
                    double[] p = slice(theta[b], i);
                    double[] d = zeroSumDirection(gen, p);
                    double directional = 0;
                    for (int j = 0; j < p.length; j++) directional += once[1 + i][b * p.length + j] * d[j];
                    int event = b, parameter = i;
                    GradientCheck.assertGradient(f.name() + " directional derivative of " + specs.get(i).name(), s -> {
                        double[][] tv = new double[batch][];
                        for (int e = 0; e < batch; e++) tv[e] = theta[e].clone();
                        for (int j = 0; j < p.length; j++) tv[event][start(parameter) + j] = p[j] + s[0] * d[j];
                        return plain(y, batch, tv).logDensity(f);
                    }, new double[] {0}, new double[] {directional});
                }
            }
        });
    }

    @Test
    public void broadcastEqualsRepeat() {
        DistributionFamily f = family();
        int arity = f.parameters().size(), k = valueSize();
        Property.forAll(f.name() + " broadcast equals repeat", seed() + 3, cases(), gen -> {
            int batch = gen.integer(2, 4);
            boolean[] broadcast = new boolean[arity];
            int forced = gen.integer(0, arity - 1);
            for (int i = 0; i < arity; i++) broadcast[i] = i == forced || gen.bool();
            double[][] theta = new double[batch][];
            double[] y = new double[batch * k];
            for (int b = 0; b < batch; b++) {
                theta[b] = parameters(gen);
                for (int i = 0; i < arity; i++) if (broadcast[i] && b > 0) System.arraycopy(theta[0], start(i), theta[b], start(i), size(parameterShapes()[i]));
                System.arraycopy(value(gen, theta[b]), 0, y, b * k, k);
            }
            boolean[] differentiate = differentiable();
            DistributionCall shared = new DistributionCall(y, valueShape(), batch, theta, parameterShapes(), broadcast, differentiate);
            DistributionCall repeated = new DistributionCall(y, valueShape(), batch, theta, parameterShapes(), new boolean[arity], differentiate);
            double[] sp = new double[batch], rp = new double[batch];
            double st = f.logDensity(shared.operands().withPointwise(sp)), rt = f.logDensity(repeated.operands().withPointwise(rp));
            String where = f.name() + " broadcast " + Arrays.toString(broadcast);
            Tolerance.assertClose(where + " total", st, rt, 1e-12, 0);
            Tolerance.assertClose(where + " pointwise", sp, rp, 1e-12, 0);
            if (differentiate[0]) Tolerance.assertClose(where + " value partials", shared.valuePartials(), repeated.valuePartials(), 1e-12, 0);
            for (int i = 0; i < arity; i++) {
                if (!differentiate[1 + i]) continue;
                int size = size(parameterShapes()[i]);
                double[] expected = repeated.parameterPartials(i);
                if (!broadcast[i]) {
                    Tolerance.assertClose(where + " partials of " + f.parameters().get(i).name(), shared.parameterPartials(i), expected, 1e-12, 0);
                    continue;
                }
                double[] sum = new double[size];
                double scale = 0;
                for (int b = 0; b < batch; b++) {
                    for (int j = 0; j < size; j++) {
                        sum[j] += expected[b * size + j];
                        scale += Math.abs(expected[b * size + j]);
                    }
                }
                Tolerance.assertClose(where + " accumulated partial of " + f.parameters().get(i).name(), shared.parameterPartials(i), sum,
                        1e-10, 1e-12 * scale);
            }
        });
    }

    @Test
    public void pointwiseSumsToTotal() {
        DistributionFamily f = family();
        int k = valueSize();
        Property.forAll(f.name() + " pointwise sums to the total", seed() + 4, cases(), gen -> {
            int batch = gen.integer(1, 4);
            double[][] theta = new double[batch][];
            double[] y = new double[batch * k];
            for (int b = 0; b < batch; b++) {
                theta[b] = parameters(gen);
                System.arraycopy(value(gen, theta[b]), 0, y, b * k, k);
            }
            double[] pointwise = new double[batch];
            Arrays.fill(pointwise, Double.NaN);
            double total = f.logDensity(plain(y, batch, theta).operands().withPointwise(pointwise));
            double sum = 0, scale = 0;
            for (int b = 0; b < batch; b++) {
                double one = single(Arrays.copyOfRange(y, b * k, b * k + k), theta[b]);
                Tolerance.assertClose(f.name() + " pointwise[" + b + "] vs a single-event call", pointwise[b], one, 1e-14, 0);
                sum += pointwise[b];
                scale += Math.abs(pointwise[b]);
            }
            Tolerance.assertClose(f.name() + " sum of pointwise vs total", sum, total, 1e-12, 1e-14 * scale);
        });
    }

    @Test
    public void normalises() {
        for (double[] theta : typicalParameters()) {
            double mass;
            if (isDiscrete()) {
                mass = 0;
                for (double[] y : supportPoints(theta)) mass += Math.exp(single(y, theta));
                Tolerance.assertClose(family().name() + Arrays.toString(theta) + " total mass", mass, 1, 0, 1e-10);
                continue;
            }
            int k = valueSize();
            if (family().support() instanceof Simplex) {
                mass = simplexIntegral(theta, k);
                Tolerance.assertClose(family().name() + Arrays.toString(theta) + " integral over the simplex", mass, 1, 0, 1e-7);
                continue;
            }
            if (k > 2) continue; // nested quadrature beyond two dimensions is too slow for a unit test
            double[] draws = draw(theta, 2_000, seed() + 5);
            double[] centre = new double[k], scale = new double[k];
            for (int j = 0; j < k; j++) {
                double[] marginal = new double[2_000];
                for (int n = 0; n < marginal.length; n++) marginal[n] = draws[n * k + j];
                Arrays.sort(marginal);
                centre[j] = marginal[1_000];
                scale[j] = (marginal[1_500] - marginal[500]) / 1.349;
            }
            Constraint support = family().support();
            if (k == 1) {
                mass = DistributionQuadrature.integrate(x -> single(new double[] {x}, theta), support, centre[0], scale[0], 1e-11);
            } else {
                mass = DistributionQuadrature.integrate(x0 -> Math.log(DistributionQuadrature.integrate(
                        x1 -> single(new double[] {x0, x1}, theta), support, centre[1], scale[1], 1e-9)),
                        support, centre[0], scale[0], 1e-9);
            }
            // nested adaptive Simpson to 1e-9 per level (cheaper than the scalar contract's 1e-11); 1e-7 as there
            Tolerance.assertClose(family().name() + Arrays.toString(theta) + " integral of the density", mass, 1, 0, 1e-7);
        }
    }

    @Test
    public void outsideSupportAndInvalidParametersAreNegativeInfinity() {
        DistributionFamily f = family();
        List<ParameterSpec> specs = f.parameters();
        Property.forAll(f.name() + " outside the support and invalid parameters give -inf, never NaN", seed() + 6, 30, gen -> {
            double[] theta = parameters(gen);
            double[] y = value(gen, theta);
            for (double probe : PROBES) {
                double[] bad = y.clone();
                bad[0] = probe;
                double lp = single(bad, theta);
                assertFalse(Double.isNaN(lp), f.name() + " returned NaN at y=" + Arrays.toString(bad));
                if (!f.support().contains(bad, valueShape())) assertEquals(Double.NEGATIVE_INFINITY, lp, "outside the support: " + Arrays.toString(bad));
            }
            for (double[] bad : outsideSupport(theta)) {
                assertEquals(Double.NEGATIVE_INFINITY, single(bad, theta), f.name() + " at y=" + Arrays.toString(bad) + " outside the support");
            }
            for (int i = 0; i < specs.size(); i++) {
                for (int j : new int[] {0, size(parameterShapes()[i]) - 1}) {
                    for (double probe : PROBES) {
                        double[] invalid = theta.clone();
                        invalid[start(i) + j] = probe;
                        if (specs.get(i).constraint().contains(slice(invalid, i), parameterShapes()[i])) continue;
                        double lp = single(y, invalid);
                        assertFalse(Double.isNaN(lp), f.name() + " returned NaN for invalid " + specs.get(i).name());
                        if (lp == Double.NEGATIVE_INFINITY) continue;
                        try {
                            f.checkParameters(constants(invalid));
                            fail(f.name() + " gave " + lp + " for invalid " + specs.get(i).name() + " " + Arrays.toString(slice(invalid, i))
                                    + " and checkParameters accepted it");
                        } catch (IllegalArgumentException expected) {
                            assertTrue(String.valueOf(expected.getMessage()).contains(specs.get(i).name()), "message names the parameter");
                        }
                    }
                }
            }
        });
    }

    /** Mean vector and pairwise-sum variances within 5 standard errors; false failure 5.7e-7 per check. */
    @Test
    public void drawsMatchTheDistribution() {
        double[][] typical = typicalParameters();
        int k = valueSize(), n = numDraws();
        for (int c = 0; c < typical.length; c++) {
            double[] theta = typical[c];
            double[] draws = draw(theta, n, seed() + 20 + c);
            String what = family().name() + Arrays.toString(theta);
            for (int d = 0; d < n; d++) {
                assertTrue(family().support().contains(Arrays.copyOfRange(draws, d * k, d * k + k), valueShape()), what + " drew outside the support");
            }
            double[] mean = mean(theta), cov = covariance(theta);
            for (int i = 0; i < k; i++) {
                double[] xi = component(draws, k, i, -1);
                if (mean != null) DistributionGoodnessOfFit.assertMean(what + " component " + i, xi, mean[i], cov == null ? Double.NaN : cov[i * k + i]);
                if (cov == null) continue;
                for (int j = i; j < k; j++) {
                    double[] sum = component(draws, k, i, i == j ? -1 : j);
                    double variance = i == j ? cov[i * k + i] : cov[i * k + i] + cov[j * k + j] + 2 * cov[i * k + j];
                    DistributionGoodnessOfFit.assertVariance(what + " variance of x" + i + (i == j ? "" : " + x" + j), sum, variance);
                }
            }
            if (isDiscrete()) {
                List<double[]> points = supportPoints(theta);
                Map<String, Integer> index = new HashMap<>();
                double[] mass = new double[points.size()];
                for (int p = 0; p < points.size(); p++) {
                    index.put(Arrays.toString(points.get(p)), p);
                    mass[p] = Math.exp(single(points.get(p), theta));
                }
                double[] categories = new double[n];
                for (int d = 0; d < n; d++) {
                    Integer p = index.get(Arrays.toString(Arrays.copyOfRange(draws, d * k, d * k + k)));
                    assertTrue(p != null, what + " drew a value outside the listed support");
                    categories[d] = p;
                }
                DistributionGoodnessOfFit.assertChiSquare(what, categories, 0, mass, GOF_ALPHA);
            } else {
                for (int j = 0; j < k; j++) {
                    int m = j;
                    DistributionGoodnessOfFit.assertKolmogorovSmirnov(what + " marginal " + j, component(draws, k, j, -1),
                            x -> marginalCdf(m, x, theta), GOF_ALPHA);
                }
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Draws {@code n} events with every parameter broadcast, laid out event after event. */
    protected double[] draw(double[] parameters, int n, long seed) {
        int arity = parameterShapes().length;
        boolean[] all = new boolean[arity];
        Arrays.fill(all, true);
        double[][] theta = new double[n][];
        Arrays.fill(theta, parameters);
        double[] out = new double[n * valueSize()];
        family().sample(RandomSource.XO_RO_SHI_RO_128_PP.create(seed),
                new DistributionCall(new double[n * valueSize()], valueShape(), n, theta, parameterShapes(), all, null).operands(), out, 0);
        return out;
    }

    /**
     * $\int p(y)\,dy_1\cdots dy_{K-1}$ over the simplex for $K \le 3$, by nested quadrature on logit scales:
     * $y_1 = \sigma(u)$, and for $K = 3$, $y_2 = \sigma(-u)\sigma(v)$, $y_3 = \sigma(-u)\sigma(-v)$ with Jacobian
     * $\sigma(u)\sigma(-u)\cdot\sigma(-u)\sigma(v)\sigma(-v)$. Every coordinate, including the last, is formed as a
     * product of logistic factors, so none is a difference that rounds to 0 near an edge.
     */
    private double simplexIntegral(double[] theta, int k) {
        if (k == 2) {
            return DistributionQuadrature.integrate(u -> single(new double[] {logistic(u), logistic(-u)}, theta)
                    + Math.log(logistic(u) * logistic(-u)), Real.INSTANCE, 0, 1.5, 1e-11);
        }
        if (k != 3) throw new UnsupportedOperationException("simplex quadrature for K = " + k);
        return DistributionQuadrature.integrate(u -> {
            double y0 = logistic(u), rest = logistic(-u);
            double inner = DistributionQuadrature.integrate(v -> single(new double[] {y0, rest * logistic(v), rest * logistic(-v)}, theta)
                    + Math.log(rest * logistic(v) * logistic(-v)), Real.INSTANCE, 0, 1.5, 1e-9);
            return Math.log(inner) + Math.log(y0 * rest);
        }, Real.INSTANCE, 0, 1.5, 1e-9);
    }

    private static double logistic(double x) { return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)); }

    protected double single(double[] y, double[] parameters) {
        return plain(y, 1, new double[][] {parameters}).logDensity(family());
    }

    private DistributionCall plain(double[] y, int batch, double[][] theta) {
        return new DistributionCall(y, valueShape(), batch, theta, parameterShapes(), new boolean[parameterShapes().length], null);
    }

    /** A random direction summing to zero, scaled so a step of 1e-3 moves each p_j by at most p_j / 4. */
    private static double[] zeroSumDirection(Gen gen, double[] p) {
        double[] d = gen.normals(p.length);
        double mean = Arrays.stream(d).sum() / p.length, scale = 0;
        for (int j = 0; j < p.length; j++) {
            d[j] -= mean;
            scale = Math.max(scale, Math.abs(d[j]) / p[j]);
        }
        for (int j = 0; j < p.length; j++) d[j] /= 250 * scale;
        return d;
    }

    /** Component i of every draw, or x_i + x_j when j >= 0. */
    private static double[] component(double[] draws, int k, int i, int j) {
        double[] x = new double[draws.length / k];
        for (int d = 0; d < x.length; d++) x[d] = draws[d * k + i] + (j >= 0 ? draws[d * k + j] : 0);
        return x;
    }

    private boolean[] differentiable() {
        List<ParameterSpec> specs = family().parameters();
        boolean[] d = new boolean[1 + specs.size()];
        d[0] = !isDiscrete();
        for (int i = 0; i < specs.size(); i++) d[1 + i] = !specs.get(i).constraint().isDiscrete();
        return d;
    }

    private int valueSize() { return size(valueShape()); }

    private static int size(int[] shape) {
        int n = 1;
        for (int s : shape) n *= s;
        return n;
    }

    private int start(int i) {
        int s = 0;
        for (int m = 0; m < i; m++) s += size(parameterShapes()[m]);
        return s;
    }

    private double[] slice(double[] theta, int i) { return Arrays.copyOfRange(theta, start(i), start(i) + size(parameterShapes()[i])); }

    private double[][] constants(double[] theta) {
        double[][] c = new double[parameterShapes().length][];
        for (int i = 0; i < c.length; i++) c[i] = slice(theta, i);
        return c;
    }
}
