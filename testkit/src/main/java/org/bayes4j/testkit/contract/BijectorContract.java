package org.bayes4j.testkit.contract;

import java.util.Arrays;
import java.util.List;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorProvider;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.testkit.FiniteDifference;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.GradientCheck;
import org.bayes4j.testkit.Property;
import org.bayes4j.testkit.Tolerance;
import org.junit.jupiter.api.Test;

/**
 * The laws of {@link Bijector} and {@link BijectorProvider} as JUnit 5 tests.
 * A plug-in author extends this class, names the provider, the constraint and
 * the shapes to try (batch axes included), and inherits one test per law, each
 * a seeded property over {@link #cases()} random points per shape:
 * <ol>
 *   <li>{@link #forwardLandsInTheSet}: {@code constraint.contains(f(x))};</li>
 *   <li>{@link #inverseUndoesForward} and {@link #forwardUndoesInverse}: round
 *       trips to {@link #roundTripTolerance()} relative to {@code max(1, max|v|)};</li>
 *   <li>{@link #logDeterminantMatchesNumericalJacobian}: the returned
 *       {@code log|det J|} equals {@link FiniteDifference#logAbsDeterminant} of the
 *       numerical Jacobian of {@code x -> freeCoordinates(f(x))}; for an
 *       isometric embedding (zero-sum) the numerical Jacobian instead satisfies
 *       {@code J^T J = I} and the log-determinant is 0;</li>
 *   <li>{@link #backwardIsTheVectorJacobianProduct}: {@code backward} adds the
 *       gradient of {@code x -> <yAdj, f(x)> + logDetAdj log|det J(x)|} for random
 *       adjoints, compared with central differences by {@link GradientCheck};</li>
 *   <li>{@link #isNotTheIdentity}: guards against a provider that silently
 *       returns the identity (unless {@link #isIdentity()} declares it is one, in
 *       which case it must be exactly the identity);</li>
 *   <li>{@link #sizesMatchTheConstraint}: {@code unconstrainedSize} equals
 *       {@code constraint.unconstrainedSize(shape)}, {@code constrainedSize} the
 *       value's size, and {@code shape()}/{@code constraint()} echo the request;</li>
 * </ol>
 * plus {@link #writesOnlyItsSlice} (every buffer is addressed through its
 * offset; neighbouring entries stay untouched) and
 * {@link #providerDescribesItself}.
 *
 * <p>Every law is a public method, so a test can run it against a deliberately
 * broken bijector and assert that it fails.
 */
public abstract class BijectorContract {

    /** The provider under test. */
    protected abstract BijectorProvider provider();

    /** The constraint the bijector maps onto. */
    protected abstract Constraint constraint();

    /** Value shapes to test; include some with batch axes before the event axes. */
    protected abstract List<int[]> shapes();

    /**
     * An unconstrained point of the given size. Default: independent normals
     * with standard deviation {@link #unconstrainedScale()}.
     */
    protected double[] unconstrainedPoint(Gen gen, int[] shape, int size) {
        double[] x = gen.normals(size);
        for (int i = 0; i < size; i++) x[i] *= unconstrainedScale();
        return x;
    }

    /** Spread of the default unconstrained points. */
    protected double unconstrainedScale() { return 1.5; }

    /**
     * A point of the set drawn independently of the bijector, for the
     * {@code forward(inverse(y)) = y} law; {@code null} (the default) uses
     * {@code f(x)} of an {@linkplain #unconstrainedPoint unconstrained point}.
     */
    protected double[] constrainedPoint(Gen gen, int[] shape) { return null; }

    /** The free coordinates in which the log-Jacobian is measured (default: every entry). */
    protected BijectorFreeCoordinates freeCoordinates() { return BijectorFreeCoordinates.all(); }

    /** True when the map is a linear isometry onto a subspace (zero-sum): then J^T J = I and log|det J| = 0 is checked. */
    protected boolean isIsometricEmbedding() { return false; }

    /** True only for the identity bijector (the not-identity guard then checks it is exactly the identity). */
    protected boolean isIdentity() { return false; }

    /** Relative round-trip tolerance; override with a comment giving the numerical reason when looser. */
    protected double roundTripTolerance() { return 1e-12; }

    /** Tolerance on log|det J| against the finite-difference Jacobian (fourth-order differences, h = 1e-3). */
    protected double logDeterminantTolerance() { return 1e-6; }

    /** Relative and absolute tolerance of the vector-Jacobian product against finite differences. */
    protected double vectorJacobianTolerance() { return GradientCheck.REL; }

    /** Random points per shape and law. */
    protected int cases() { return 40; }

    /** Base seed of the properties; stable per subclass so failures replay. */
    protected long seed() { return getClass().getName().hashCode(); }

    /** The provider this contract certifies (for registries of contract tests). */
    public final BijectorProvider providerUnderTest() { return provider(); }

    /** The constraint this contract certifies (for registries of contract tests). */
    public final Constraint constraintUnderTest() { return constraint(); }

    // ---------------------------------------------------------------- laws

    @Test
    public void providerDescribesItself() {
        BijectorProvider provider = provider();
        for (String text : new String[] {provider.name(), provider.description(), provider.supportDescription()}) {
            if (text == null || text.isBlank()) throw new AssertionError(provider.getClass().getName() + " has a blank name or description");
        }
        if (!provider.handles(constraint())) {
            throw new AssertionError("provider " + provider.name() + " does not handle " + constraint().name());
        }
    }

    @Test
    public void sizesMatchTheConstraint() {
        for (int[] shape : shapes()) {
            Bijector b = create(shape);
            String at = " for shape " + Arrays.toString(shape);
            assertEquals("unconstrainedSize" + at, constraint().unconstrainedSize(shape), b.unconstrainedSize());
            assertEquals("constrainedSize" + at, Shapes.size(shape), b.constrainedSize());
            if (!Arrays.equals(shape, b.shape())) throw new AssertionError("shape() is " + Arrays.toString(b.shape()) + at);
            if (!constraint().equals(b.constraint())) throw new AssertionError("constraint() is " + b.constraint().name() + at);
        }
    }

    @Test
    public void forwardLandsInTheSet() {
        forEachShape("forward lands in the set", (gen, shape, b) -> {
            double[] x = unconstrainedPoint(gen, shape, b.unconstrainedSize());
            double[] y = new double[b.constrainedSize()];
            double logDet = b.forward(x, 0, y, 0);
            if (!constraint().contains(y, shape)) {
                throw new AssertionError("f(x) = " + abbreviate(y) + " is not in " + constraint().name() + " (x = " + abbreviate(x) + ")");
            }
            if (!Double.isFinite(logDet)) throw new AssertionError("log|det J| is " + logDet + " at x = " + abbreviate(x));
        });
    }

    @Test
    public void inverseUndoesForward() {
        forEachShape("inverse(forward(x)) = x", (gen, shape, b) -> {
            double[] x = unconstrainedPoint(gen, shape, b.unconstrainedSize());
            double[] y = new double[b.constrainedSize()];
            b.forward(x, 0, y, 0);
            double[] back = new double[x.length];
            b.inverse(y, 0, back, 0);
            assertRoundTrip("inverse(forward(x))", back, x);
        });
    }

    @Test
    public void forwardUndoesInverse() {
        forEachShape("forward(inverse(y)) = y", (gen, shape, b) -> {
            double[] y = constrainedPoint(gen, shape);
            if (y == null) {
                y = new double[b.constrainedSize()];
                b.forward(unconstrainedPoint(gen, shape, b.unconstrainedSize()), 0, y, 0);
            }
            double[] x = new double[b.unconstrainedSize()];
            b.inverse(y, 0, x, 0);
            double[] again = new double[y.length];
            b.forward(x, 0, again, 0);
            assertRoundTrip("forward(inverse(y))", again, y);
        });
    }

    @Test
    public void logDeterminantMatchesNumericalJacobian() {
        forEachShape("log|det J| = log|det numerical Jacobian|", (gen, shape, b) -> {
            int m = b.unconstrainedSize(), n = b.constrainedSize();
            double[] x = unconstrainedPoint(gen, shape, m);
            double[] y = new double[n];
            double logDet = b.forward(x, 0, y, 0);
            if (isIsometricEmbedding()) {
                double[][] j = FiniteDifference.jacobian((in, out) -> b.forward(in, 0, out, 0), x, n);
                assertOrthonormalColumns(j, m);
                Tolerance.assertClose("log|det J| of an isometry", logDet, 0.0, 0, 1e-12);
                return;
            }
            BijectorFreeCoordinates coordinates = freeCoordinates();
            assertEquals("number of free coordinates for shape " + Arrays.toString(shape), m, coordinates.count(shape));
            double[] full = new double[n];
            double[][] j = FiniteDifference.jacobian((in, out) -> {
                b.forward(in, 0, full, 0);
                coordinates.extract(full, shape, out);
            }, x, m);
            double expected = FiniteDifference.logAbsDeterminant(j);
            Tolerance.assertClose("log|det J| at x = " + abbreviate(x), logDet, expected,
                    logDeterminantTolerance(), logDeterminantTolerance());
        });
    }

    @Test
    public void backwardIsTheVectorJacobianProduct() {
        forEachShape("backward = J^T yAdj + logDetAdj grad log|det J|", (gen, shape, b) -> {
            int m = b.unconstrainedSize(), n = b.constrainedSize();
            double[] x = unconstrainedPoint(gen, shape, m);
            double[] yAdjoint = gen.normals(n);
            double logDetAdjoint = gen.normal();
            double[] y = new double[n];
            b.forward(x, 0, y, 0);
            double[] start = gen.normals(m);
            double[] xAdjoint = start.clone();
            b.backward(x, 0, y, 0, yAdjoint, 0, logDetAdjoint, xAdjoint, 0);
            for (int i = 0; i < m; i++) xAdjoint[i] -= start[i]; // backward adds to what is there
            double[] scratch = new double[n];
            GradientCheck.assertGradient("<yAdj, f(x)> + logDetAdj log|det J|", in -> {
                double ld = b.forward(in, 0, scratch, 0);
                double sum = logDetAdjoint * ld;
                for (int i = 0; i < n; i++) sum += yAdjoint[i] * scratch[i];
                return sum;
            }, x, xAdjoint, vectorJacobianTolerance(), vectorJacobianTolerance());
        });
    }

    @Test
    public void isNotTheIdentity() {
        boolean[] differs = {false};
        forEachShape("identity guard", (gen, shape, b) -> {
            double[] x = unconstrainedPoint(gen, shape, b.unconstrainedSize());
            double[] y = new double[b.constrainedSize()];
            double logDet = b.forward(x, 0, y, 0);
            boolean same = Arrays.equals(x, y) && logDet == 0;
            if (isIdentity() && !same) {
                throw new AssertionError("declared the identity, but f(" + abbreviate(x) + ") = " + abbreviate(y) + " with log|det J| " + logDet);
            }
            if (!same) differs[0] = true;
        });
        if (!isIdentity() && !differs[0]) {
            throw new AssertionError(provider().name() + " acted as the identity on every tested point of " + constraint().name());
        }
    }

    @Test
    public void writesOnlyItsSlice() {
        forEachShape("writes only its slice", (gen, shape, b) -> {
            int m = b.unconstrainedSize(), n = b.constrainedSize(), pad = 3;
            double sentinel = 12345.678;
            double[] x = unconstrainedPoint(gen, shape, m);
            double[] xPadded = padded(x, pad, sentinel);
            double[] yPadded = padded(new double[n], pad, sentinel);
            double[] y = new double[n];
            double logDet = b.forward(x, 0, y, 0);
            assertEquals("log|det J| with offsets", logDet, b.forward(xPadded, pad, yPadded, pad));
            assertSlice("forward's y", yPadded, pad, y, sentinel);
            assertSlice("forward's x (must be left unchanged)", xPadded, pad, x, sentinel);
            double[] xBack = new double[m];
            b.inverse(y, 0, xBack, 0);
            double[] xBackPadded = padded(new double[m], pad, sentinel);
            b.inverse(yPadded, pad, xBackPadded, pad);
            assertSlice("inverse's x", xBackPadded, pad, xBack, sentinel);
            double[] yAdjoint = gen.normals(n);
            double[] xAdjoint = new double[m];
            b.forward(x, 0, y, 0);
            b.backward(x, 0, y, 0, yAdjoint, 0, 0.7, xAdjoint, 0);
            double[] xAdjointPadded = padded(new double[m], pad, sentinel);
            b.forward(xPadded, pad, yPadded, pad);
            b.backward(xPadded, pad, yPadded, pad, padded(yAdjoint, pad, sentinel), pad, 0.7, xAdjointPadded, pad);
            assertSlice("backward's xAdjoint", xAdjointPadded, pad, xAdjoint, sentinel);
        });
    }

    // ---------------------------------------------------------------- helpers

    /** A body of a property run for one shape. */
    @FunctionalInterface
    protected interface ShapeCase {
        void check(Gen gen, int[] shape, Bijector bijector);
    }

    /** Runs {@code body} on {@link #cases()} seeded cases for every shape, with one bijector per shape (as in use). */
    protected final void forEachShape(String law, ShapeCase body) {
        List<int[]> shapes = shapes();
        for (int s = 0; s < shapes.size(); s++) {
            int[] shape = shapes.get(s);
            Bijector b = create(shape);
            Property.forAll(provider().name() + " onto " + constraint().name() + ", shape " + Arrays.toString(shape) + ": " + law,
                    seed() + 7919L * s, cases(), gen -> body.check(gen, shape, b));
        }
    }

    private Bijector create(int[] shape) {
        constraint().checkShape(shape);
        return provider().create(constraint(), shape);
    }

    private void assertRoundTrip(String what, double[] actual, double[] expected) {
        double scale = 1;
        for (double v : expected) scale = Math.max(scale, Math.abs(v));
        Tolerance.assertClose(what, actual, expected, 0, roundTripTolerance() * scale);
    }

    private static void assertOrthonormalColumns(double[][] j, int m) {
        for (int a = 0; a < m; a++) {
            for (int c = 0; c < m; c++) {
                double dot = 0;
                for (double[] row : j) dot += row[a] * row[c];
                Tolerance.assertClose("(J^T J)[" + a + "][" + c + "] of an isometric embedding", dot, a == c ? 1 : 0, 0, 1e-8);
            }
        }
    }

    private static double[] padded(double[] v, int pad, double sentinel) {
        double[] p = new double[v.length + 2 * pad];
        Arrays.fill(p, sentinel);
        System.arraycopy(v, 0, p, pad, v.length);
        return p;
    }

    private static void assertSlice(String what, double[] padded, int pad, double[] expected, double sentinel) {
        for (int i = 0; i < padded.length; i++) {
            boolean inside = i >= pad && i < pad + expected.length;
            if (!inside && padded[i] != sentinel) {
                throw new AssertionError(what + ": wrote " + padded[i] + " at position " + (i - pad) + " outside its slice of length " + expected.length);
            }
            if (inside && Double.compare(padded[i], expected[i - pad]) != 0) {
                throw new AssertionError(what + "[" + (i - pad) + "] with an offset is " + padded[i] + ", without " + expected[i - pad]);
            }
        }
    }

    private static void assertEquals(String what, double expected, double actual) {
        if (Double.compare(expected, actual) != 0) throw new AssertionError(what + " is " + actual + ", expected " + expected);
    }

    private static String abbreviate(double[] v) {
        return v.length <= 8 ? Arrays.toString(v) : Arrays.toString(Arrays.copyOf(v, 8)) + "...";
    }
}
