package org.bayes4j.transforms.zerosum;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.spi.constraint.ZeroSum;

/**
 * Isometry onto arrays summing to zero along each axis of a {@link ZeroSum}
 * constraint. The unconstrained array has the value's shape with every
 * constrained axis of size $n$ shortened to $n-1$; the forward map applies the
 * Helmert basis $H_n$ along each constrained axis in turn,
 * $$y = (H_{n_1} \otimes H_{n_2} \otimes \cdots)\,x \quad\text{(identity on the other axes)},$$
 * and the inverse applies $H_n^\top$ along the same axes. Axes before the event,
 * and unconstrained axes inside it, are carried along unchanged (they are the
 * identity factors of the Kronecker product).
 *
 * <p><b>Log-Jacobian.</b> The Kronecker product of matrices with orthonormal
 * columns has orthonormal columns, so $J^\top J = I$: measured in orthonormal
 * coordinates of the constrained subspace the map is volume preserving and
 * $\log|\det J| = 0$. This is PyMC's {@code ZeroSumTransform} convention.
 *
 * <p><b>Vector-Jacobian product.</b> $J$ is constant, so
 * $\bar x \mathrel{+}= J^\top \bar y$, i.e. $H^\top$ applied along each axis:
 * the same contraction as the inverse, applied to the adjoint.
 *
 * <p>Scratch: two value-sized buffers for the intermediate shapes and one
 * unconstrained-sized buffer for the adjoint, owned by the instance.
 */
public final class ZeroSumBijector implements Bijector {

    private final ZeroSum constraint;
    private final int[] shape;
    private final int size;
    private final int unconstrainedSize;
    /** Per expansion step s: the axis length n, the number of fibres before it, and the stride after it. */
    private final int[] stepLength;
    private final int[] stepOuter;
    private final int[] stepStride;
    private final double[] bufferA;
    private final double[] bufferB;
    private final double[] adjoint;

    public ZeroSumBijector(ZeroSum constraint, int[] shape) {
        constraint.checkShape(shape);
        this.constraint = constraint;
        this.shape = shape.clone();
        this.size = Shapes.size(shape);
        this.unconstrainedSize = constraint.unconstrainedSize(shape);
        int rank = shape.length, steps = constraint.axes().size();
        int[] current = shape.clone();
        for (int axis : constraint.axes()) current[rank + axis] -= 1;
        stepLength = new int[steps];
        stepOuter = new int[steps];
        stepStride = new int[steps];
        for (int s = 0; s < steps; s++) {
            int a = rank + constraint.axes().get(s);
            current[a] += 1;
            int outer = 1, stride = 1;
            for (int b = 0; b < a; b++) outer *= current[b];
            for (int b = a + 1; b < rank; b++) stride *= current[b];
            stepLength[s] = current[a];
            stepOuter[s] = outer;
            stepStride[s] = stride;
        }
        bufferA = new double[size];
        bufferB = new double[size];
        adjoint = new double[unconstrainedSize];
    }

    @Override public Constraint constraint() { return constraint; }
    @Override public int[] shape() { return shape.clone(); }
    @Override public int unconstrainedSize() { return unconstrainedSize; }
    @Override public int constrainedSize() { return size; }

    @Override
    public double forward(double[] x, int xOffset, double[] y, int yOffset) {
        for (int i = 0; i < unconstrainedSize; i++) {
            if (Double.isNaN(x[xOffset + i])) throw new IllegalArgumentException("zero_sum forward: x[" + i + "] is NaN, but must be finite");
        }
        double[] src = x;
        int srcOffset = xOffset, last = stepLength.length - 1;
        for (int s = 0; s <= last; s++) {
            double[] dst = s == last ? y : (s % 2 == 0 ? bufferA : bufferB);
            int dstOffset = s == last ? yOffset : 0;
            expandAxis(s, src, srcOffset, dst, dstOffset);
            src = dst;
            srcOffset = dstOffset;
        }
        return 0;
    }

    @Override
    public void inverse(double[] y, int yOffset, double[] x, int xOffset) {
        contractAll(y, yOffset, x, xOffset);
        for (int i = 0; i < unconstrainedSize; i++) {
            if (!Double.isFinite(x[xOffset + i])) {
                throw new IllegalArgumentException("zero_sum inverse: y maps to x[" + i + "] = " + x[xOffset + i]
                        + "; every entry of y must be finite");
            }
        }
    }

    @Override
    public void backward(double[] x, int xOffset, double[] y, int yOffset, double[] yAdjoint, int yAdjointOffset,
                         double logDetAdjoint, double[] xAdjoint, int xAdjointOffset) {
        contractAll(yAdjoint, yAdjointOffset, adjoint, 0);
        for (int i = 0; i < unconstrainedSize; i++) xAdjoint[xAdjointOffset + i] += adjoint[i];
    }

    /** Applies $H^\top$ along the constrained axes, undoing the expansion steps in reverse order. */
    private void contractAll(double[] v, int vOffset, double[] u, int uOffset) {
        double[] src = v;
        int srcOffset = vOffset, last = stepLength.length - 1;
        for (int s = last; s >= 0; s--) {
            double[] dst = s == 0 ? u : ((last - s) % 2 == 0 ? bufferA : bufferB);
            int dstOffset = s == 0 ? uOffset : 0;
            contractAxis(s, src, srcOffset, dst, dstOffset);
            src = dst;
            srcOffset = dstOffset;
        }
    }

    private void expandAxis(int s, double[] src, int srcOffset, double[] dst, int dstOffset) {
        int n = stepLength[s], stride = stepStride[s];
        for (int o = 0; o < stepOuter[s]; o++) {
            for (int t = 0; t < stride; t++) {
                HelmertBasis.expand(src, srcOffset + o * (n - 1) * stride + t, dst, dstOffset + o * n * stride + t, n, stride);
            }
        }
    }

    private void contractAxis(int s, double[] src, int srcOffset, double[] dst, int dstOffset) {
        int n = stepLength[s], stride = stepStride[s];
        for (int o = 0; o < stepOuter[s]; o++) {
            for (int t = 0; t < stride; t++) {
                HelmertBasis.contract(src, srcOffset + o * n * stride + t, dst, dstOffset + o * (n - 1) * stride + t, n, stride);
            }
        }
    }
}
