package org.bayes4j.autodiff.ops;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.function.Function;

import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.GradientCheck;
import org.junit.jupiter.api.Test;

/**
 * The finite-difference check used by the op properties can fail: a kernel
 * whose reverse rule has a wrong partial ({@code d/dx e^x} taken as {@code 2 e^x},
 * or a broadcast that forgets to sum adjoints) is caught, while the real kernels pass
 * the same check.
 */
class GradientCheckCatchesWrongRuleTest {

    /** {@code exp} with a deliberately wrong reverse rule. */
    static final class WrongExp extends ElementwiseUnary {
        WrongExp(double[] x, double[] xAdj, double[] out, double[] outAdj) { super(x, xAdj, out, outAdj); }
        @Override public void forward() { for (int i = 0; i < n; i++) out[i] = Math.exp(x[i]); }
        @Override public void backward() { for (int i = 0; i < n; i++) xAdj[i] += 2 * outAdj[i] * out[i]; }
    }

    /** {@code a + b} whose reverse rule overwrites instead of summing the adjoints of a broadcast operand. */
    static final class ForgetfulAdd extends ElementwiseBinary {
        ForgetfulAdd(double[] a, double[] aAdj, int[] ia, double[] b, double[] bAdj, int[] ib, double[] out, double[] outAdj) {
            super(a, aAdj, ia, b, bAdj, ib, out, outAdj);
        }
        @Override public void forward() { for (int i = 0; i < n; i++) out[i] = a[ia[i]] + b[ib[i]]; }
        @Override public void backward() {
            for (int i = 0; i < n; i++) {
                aAdj[ia[i]] += outAdj[i];
                bAdj[ib[i]] = outAdj[i];
            }
        }
    }

    /** Buffers of one kernel with input {@code x} (all inputs concatenated) and output of size {@code outSize}. */
    interface KernelOn { Kernel bind(double[] x, double[] xAdj, double[] out, double[] outAdj); }

    /** Checks {@code x -> sum_i w_i y_i(x)} against finite differences, with the gradient from the kernel's reverse rule. */
    static void check(KernelOn factory, int inSize, int outSize, Gen g) {
        double[] w = g.normals(outSize);
        Function<double[], Kernel> make = x -> factory.bind(x, new double[inSize], new double[outSize], w.clone());
        double[] x0 = g.normals(inSize);
        double[] xAdj = new double[inSize];
        Kernel k = factory.bind(x0, xAdj, new double[outSize], w.clone());
        k.forward();
        k.backward();
        GradientCheck.assertGradient("kernel", x -> {
            Kernel fresh = make.apply(x);
            fresh.forward();
            double s = 0;
            for (int i = 0; i < outSize; i++) s += w[i] * fresh.output()[i];
            return s;
        }, x0, xAdj);
    }

    private static final KernelOn EXP = (x, xa, o, oa) -> new Exp(x, xa, o, oa);
    private static final KernelOn WRONG_EXP = (x, xa, o, oa) -> new WrongExp(x, xa, o, oa);

    /** a of shape (3) plus b of shape (1), broadcast; the input vector holds a then b. */
    private static KernelOn add(boolean forgetful) {
        return (x, xa, o, oa) -> {
            double[] a = java.util.Arrays.copyOfRange(x, 0, 3), b = java.util.Arrays.copyOfRange(x, 3, 4);
            double[] aAdj = new double[3], bAdj = new double[1];
            int[] ia = BroadcastIndex.map(new int[] {3}, new int[] {3}), ib = BroadcastIndex.map(new int[] {1}, new int[] {3});
            Kernel inner = forgetful ? new ForgetfulAdd(a, aAdj, ia, b, bAdj, ib, o, oa) : new Add(a, aAdj, ia, b, bAdj, ib, o, oa);
            return new Kernel(o, oa) {
                @Override public void forward() { inner.forward(); }
                @Override public void backward() {
                    inner.backward();
                    System.arraycopy(aAdj, 0, xa, 0, 3);
                    xa[3] = bAdj[0];
                }
            };
        };
    }

    @Test void correctRulesPass() {
        check(EXP, 5, 5, Gen.seeded(1));
        check(add(false), 4, 3, Gen.seeded(2));
    }

    @Test void wrongPartialIsCaught() {
        assertThrows(AssertionError.class, () -> check(WRONG_EXP, 5, 5, Gen.seeded(1)));
    }

    @Test void broadcastAdjointNotSummedIsCaught() {
        assertThrows(AssertionError.class, () -> check(add(true), 4, 3, Gen.seeded(2)));
    }
}
