package org.bayes4j.autodiff.ops;

import java.util.Arrays;

import org.bayes4j.spi.model.Op;

/**
 * Binds an {@link Op} to its buffers: precomputes index maps and layouts from
 * the shapes, once per evaluator, and returns the kernel. Every op of
 * {@link Op} has a case here; an op without one fails at compile time.
 */
public final class KernelFactory {

    private KernelFactory() {}

    /**
     * @param op        the operation
     * @param attribute the axis of axis-wise ops (already normalised to be non-negative), else -1
     * @param inShapes  input shapes
     * @param outShape  output shape
     * @param in        input value buffers
     * @param inAdj     input adjoint buffers ({@code null} entries for constant inputs)
     * @param out       output value buffer
     * @param outAdj    output adjoint buffer ({@code null} for a constant node)
     */
    public static Kernel create(Op op, int attribute, int[][] inShapes, int[] outShape, double[][] in, double[][] inAdj,
                                double[] out, double[] outAdj) {
        switch (op) {
            case ADD: return new Add(in[0], inAdj[0], map(inShapes[0], outShape), in[1], inAdj[1], map(inShapes[1], outShape), out, outAdj);
            case SUB: return new Sub(in[0], inAdj[0], map(inShapes[0], outShape), in[1], inAdj[1], map(inShapes[1], outShape), out, outAdj);
            case MUL: return new Mul(in[0], inAdj[0], map(inShapes[0], outShape), in[1], inAdj[1], map(inShapes[1], outShape), out, outAdj);
            case DIV: return new Div(in[0], inAdj[0], map(inShapes[0], outShape), in[1], inAdj[1], map(inShapes[1], outShape), out, outAdj);
            case POW: return new Pow(in[0], inAdj[0], map(inShapes[0], outShape), in[1], inAdj[1], map(inShapes[1], outShape), out, outAdj);
            case NEG: return new Neg(in[0], inAdj[0], out, outAdj);
            case EXP: return new Exp(in[0], inAdj[0], out, outAdj);
            case LOG: return new Log(in[0], inAdj[0], out, outAdj);
            case LOG1P: return new Log1p(in[0], inAdj[0], out, outAdj);
            case INV_LOGIT: return new InvLogit(in[0], inAdj[0], out, outAdj);
            case LOG_INV_LOGIT: return new LogInvLogit(in[0], inAdj[0], out, outAdj);
            case SQUARE: return new Square(in[0], inAdj[0], out, outAdj);
            case SQRT: return new Sqrt(in[0], inAdj[0], out, outAdj);
            case TANH: return new Tanh(in[0], inAdj[0], out, outAdj);
            case SUM: return new SumAxis(in[0], inAdj[0], AxisLayout.whole(in[0].length), out, outAdj);
            case SUM_AXIS: return new SumAxis(in[0], inAdj[0], AxisLayout.of(inShapes[0], attribute), out, outAdj);
            case LOG_SUM_EXP: return new LogSumExp(in[0], inAdj[0], AxisLayout.whole(in[0].length), out, outAdj);
            case LOG_SUM_EXP_AXIS: return new LogSumExp(in[0], inAdj[0], AxisLayout.of(inShapes[0], attribute), out, outAdj);
            case SOFTMAX: return new Softmax(in[0], inAdj[0], AxisLayout.of(inShapes[0], attribute), out, outAdj);
            case LOG_SOFTMAX: return new LogSoftmax(in[0], inAdj[0], AxisLayout.of(inShapes[0], attribute), out, outAdj);
            case GATHER: return new Gather(in[0], inAdj[0], inShapes[0], Arrays.copyOfRange(in, 1, in.length), out, outAdj);
            case MATMUL: return new MatMul(in[0], inAdj[0], inShapes[0], in[1], inAdj[1], inShapes[1], out, outAdj);
            case WHERE: return new Where(in[0], map(inShapes[0], outShape), in[1], inAdj[1], map(inShapes[1], outShape),
                    in[2], inAdj[2], map(inShapes[2], outShape), out, outAdj);
            case CONCAT: return new Concat(in, inAdj, inShapes, attribute, out, outAdj);
            case RESHAPE: return new Reshape(in[0], inAdj[0], out, outAdj);
            case BROADCAST: return new Broadcast(in[0], inAdj[0], map(inShapes[0], outShape), out, outAdj);
            case TRANSPOSE: return new Transpose(in[0], inAdj[0], inShapes[0], out, outAdj);
            case MATVEC: return new MatVec(in[0], inAdj[0], inShapes[0], in[1], inAdj[1], inShapes[1], outShape, out, outAdj);
            default: throw new IllegalArgumentException("no kernel for op " + op);
        }
    }

    /**
     * The kernel of a fused op ({@link FusedOp}); the arguments are those of {@link #create}, with the
     * fused op's inputs.
     */
    public static Kernel createFused(FusedOp op, int[][] inShapes, int[] outShape, double[][] in, double[][] inAdj,
                                     double[] out, double[] outAdj) {
        switch (op) {
            case GATHERED_AFFINE: {
                int block = 1;
                for (int a = 1; a < inShapes[0].length; a++) block *= inShapes[0][a];
                return new GatheredAffine(in[0], inAdj[0], in[1], inAdj[1], block, in[2], in[3], inAdj[3], map(inShapes[3], outShape),
                        out, outAdj);
            }
            default: throw new IllegalArgumentException("no kernel for fused op " + op);
        }
    }

    private static int[] map(int[] inShape, int[] outShape) { return BroadcastIndex.map(inShape, outShape); }
}
