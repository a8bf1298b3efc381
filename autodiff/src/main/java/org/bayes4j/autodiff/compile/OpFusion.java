package org.bayes4j.autodiff.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bayes4j.autodiff.ops.FusedOp;
import org.bayes4j.spi.model.Op;

/**
 * Replaces subgraphs of the ops by fused kernels ({@link FusedOp}) where the
 * subgraph's intermediate nodes are read by nothing else: not by another op, a
 * call site, a deterministic or a potential, and not constant. The fused op takes
 * the root's node and place in the topological order, its inputs precede that
 * place, and the intermediate ops are dropped, so their nodes are never computed
 * and carry no adjoint. Values and gradients are those of the unfused ops.
 *
 * <p>Fused now: the varying-intercept, varying-slope linear predictor
 * {@code a[i] + b[i] * x} ({@link FusedOp#GATHERED_AFFINE}), the heart of every
 * multilevel regression, where the unfused ops write and read three intermediate
 * arrays of the data's size, and their adjoints, per gradient.
 */
final class OpFusion {

    private final int[][] shapes;
    private final boolean[] constant;
    private final boolean[] readOutsideOps;
    private final OpPlan[] producer;
    private final int[] uses;

    private OpFusion(List<OpPlan> ops, int[][] shapes, boolean[] constant, boolean[] readOutsideOps) {
        this.shapes = shapes;
        this.constant = constant;
        this.readOutsideOps = readOutsideOps;
        producer = new OpPlan[shapes.length];
        uses = new int[shapes.length];
        for (OpPlan o : ops) {
            producer[o.node()] = o;
            for (int in : o.inputs()) uses[in]++;
        }
    }

    /**
     * @param ops            every op, in topological order
     * @param readOutsideOps nodes read other than as an op's input (call-site values and
     *                       parameters, deterministics, potentials)
     * @param labels         node labels; a fused node's is rewritten to name its kernel
     * @return the ops with fused subgraphs replaced, still in topological order
     */
    static List<OpPlan> fuse(List<OpPlan> ops, int[][] shapes, boolean[] constant, boolean[] readOutsideOps, List<String> labels) {
        OpFusion f = new OpFusion(ops, shapes, constant, readOutsideOps);
        boolean[] dropped = new boolean[shapes.length];
        List<OpPlan> out = new ArrayList<>(ops.size());
        OpPlan[] replacement = new OpPlan[shapes.length];
        for (OpPlan o : ops) {
            OpPlan fused = f.gatheredAffine(o, dropped);
            if (fused != null) {
                replacement[o.node()] = fused;
                int[] in = fused.inputs();
                labels.set(o.node(), "gathered_affine(" + abbreviated(labels.get(in[0])) + ", " + abbreviated(labels.get(in[1])) + ", "
                        + abbreviated(labels.get(in[2])) + ", " + abbreviated(labels.get(in[3])) + ")");
            }
        }
        for (OpPlan o : ops) {
            if (dropped[o.node()]) continue;
            out.add(replacement[o.node()] != null ? replacement[o.node()] : o);
        }
        return out;
    }

    private static String abbreviated(String label) { return label.length() > 24 ? "…" : label; }

    /** A node only the one op being fused reads. */
    private boolean intermediate(int node) {
        return !constant[node] && !readOutsideOps[node] && uses[node] == 1 && producer[node] != null;
    }

    private boolean isGatherByOneIndex(int node) {
        OpPlan p = producer[node];
        return p != null && p.fused() == null && p.op() == Op.GATHER && p.inputs().length == 2 && intermediate(node);
    }

    /**
     * {@code add(gather(a, i), mul(gather(b, i), x))}, in any operand order, when the
     * gathers share the index node, {@code a} and {@code b} have one shape, and the gathered
     * blocks, the product and the sum all have the output's shape (so only {@code x}
     * broadcasts); marks the intermediate ops dropped.
     */
    private OpPlan gatheredAffine(OpPlan add, boolean[] dropped) {
        if (add.op() != Op.ADD || add.fused() != null || constant[add.node()]) return null;
        for (int side = 0; side < 2; side++) {
            int gatherA = add.inputs()[side], product = add.inputs()[1 - side];
            if (!isGatherByOneIndex(gatherA) || dropped[gatherA]) continue;
            OpPlan mul = producer[product];
            if (mul == null || mul.fused() != null || mul.op() != Op.MUL || !intermediate(product) || dropped[product]) continue;
            for (int factor = 0; factor < 2; factor++) {
                int gatherB = mul.inputs()[factor], x = mul.inputs()[1 - factor];
                if (gatherB == gatherA || !isGatherByOneIndex(gatherB) || dropped[gatherB]) continue;
                int[] ga = producer[gatherA].inputs(), gb = producer[gatherB].inputs();
                int[] outShape = shapes[add.node()];
                if (ga[1] != gb[1] || !Arrays.equals(shapes[ga[0]], shapes[gb[0]]) || !Arrays.equals(shapes[gatherA], outShape)
                        || !Arrays.equals(shapes[gatherB], outShape) || !Arrays.equals(shapes[product], outShape)) continue;
                dropped[gatherA] = dropped[gatherB] = dropped[product] = true;
                return new OpPlan(add.node(), Op.ADD, add.attribute(), new int[] {ga[0], gb[0], ga[1], x}, FusedOp.GATHERED_AFFINE);
            }
        }
        return null;
    }
}
