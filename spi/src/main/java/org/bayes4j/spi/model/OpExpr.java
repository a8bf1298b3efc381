package org.bayes4j.spi.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An operation node. Construction infers the result dims and rejects
 * incompatible operands with a message naming them and their dims.
 */
public final class OpExpr extends Expr {

    private final Op op;
    private final List<Expr> inputs;
    private final int attribute;

    private OpExpr(Op op, List<Expr> inputs, int attribute, List<Dim> dims) {
        super(dims);
        this.op = op;
        this.inputs = List.copyOf(inputs);
        this.attribute = attribute;
    }

    public Op op() { return op; }

    @Override public List<Expr> inputs() { return inputs; }

    /** The axis of axis-wise ops; -1 when the op has none. */
    public int attribute() { return attribute; }

    @Override public String label() {
        return op.name().toLowerCase() + inputs.stream().map(Expr::label).collect(Collectors.joining(", ", "(", ")"));
    }

    static Expr of(Op op, List<Expr> in) { return of(op, in, -1); }

    static Expr of(Op op, List<Expr> in, int axis) {
        if (op.arity() >= 0 && in.size() != op.arity()) {
            throw new IllegalArgumentException(op + " takes " + op.arity() + " inputs, got " + in.size());
        }
        return new OpExpr(op, in, axis, inferDims(op, in, axis));
    }

    static Expr reshape(Expr x, List<Dim> dims) {
        int size = dims.stream().mapToInt(Dim::size).reduce(1, (a, b) -> a * b);
        if (size != x.size()) {
            throw new IllegalArgumentException("cannot reshape '" + x.label() + "' with dims " + x.dimsText() + " (" + x.size()
                    + " elements) to " + dims + " (" + size + " elements)");
        }
        return new OpExpr(Op.RESHAPE, List.of(x), -1, dims);
    }

    static Expr broadcast(Expr x, List<Dim> target) {
        List<Dim> result = broadcastDims(List.of(x, new Constant(new double[Math.max(1, sizeOf(target))], target)), "broadcastTo");
        if (!result.stream().map(Dim::size).collect(Collectors.toList()).equals(target.stream().map(Dim::size).collect(Collectors.toList()))) {
            throw new IllegalArgumentException("cannot broadcast '" + x.label() + "' with dims " + x.dimsText() + " to " + target);
        }
        return new OpExpr(Op.BROADCAST, List.of(x), -1, target);
    }

    private static int sizeOf(List<Dim> dims) { return dims.stream().mapToInt(Dim::size).reduce(1, (a, b) -> a * b); }

    private static List<Dim> inferDims(Op op, List<Expr> in, int axis) {
        Expr x = in.get(0);
        switch (op) {
            case SUM: case LOG_SUM_EXP:
                return List.of();
            case SUM_AXIS: case LOG_SUM_EXP_AXIS: {
                List<Dim> d = new ArrayList<>(x.dims());
                d.remove(axis);
                return d;
            }
            case SOFTMAX: case LOG_SOFTMAX:
                return x.dims();
            case GATHER:
                return gatherDims(in);
            case MATMUL:
                return matmulDims(in.get(0), in.get(1));
            case MATVEC:
                return matvecDims(in.get(0), in.get(1));
            case TRANSPOSE: {
                if (x.rank() < 2) throw new IllegalArgumentException("transpose: '" + x.label() + "' " + x.dimsText() + " needs at least two axes");
                List<Dim> d = new ArrayList<>(x.dims());
                java.util.Collections.swap(d, d.size() - 2, d.size() - 1);
                return d;
            }
            case WHERE:
                if (!(in.get(0) instanceof Data)) throw new IllegalArgumentException("where: the condition must be data");
                return broadcastDims(in, "where");
            case CONCAT:
                return concatDims(in, axis);
            default:
                if (op.isElementwiseUnary()) return x.dims();
                if (op.isElementwiseBinary()) return broadcastDims(in, op.name().toLowerCase());
                throw new IllegalArgumentException("no shape rule for " + op);
        }
    }

    /** NumPy broadcasting of the operands' dims; named dims win over anonymous ones. */
    static List<Dim> broadcastDims(List<Expr> in, String what) {
        int rank = in.stream().mapToInt(Expr::rank).max().orElse(0);
        Dim[] out = new Dim[rank];
        for (Expr e : in) {
            List<Dim> d = e.dims();
            for (int i = 0; i < d.size(); i++) {
                int a = rank - d.size() + i;
                Dim dim = d.get(i);
                Dim cur = out[a];
                if (cur == null || (cur.size() == 1 && dim.size() != 1)) {
                    out[a] = dim;
                } else if (dim.size() != 1 && dim.size() != cur.size()) {
                    throw new IllegalArgumentException(what + ": cannot broadcast "
                            + in.stream().map(x -> "'" + x.label() + "' " + x.dimsText()).collect(Collectors.joining(" with ")));
                } else if (!cur.isNamed() && dim.isNamed() && dim.size() == cur.size()) {
                    out[a] = dim;
                }
            }
        }
        return Arrays.asList(out);
    }

    private static List<Dim> gatherDims(List<Expr> in) {
        Expr x = in.get(0);
        int k = in.size() - 1;
        if (k == 0) throw new IllegalArgumentException("at: '" + x.label() + "' needs at least one index array");
        if (k > x.rank()) {
            throw new IllegalArgumentException("at: '" + x.label() + "' has dims " + x.dimsText() + " but " + k + " index arrays were given");
        }
        Data first = (Data) in.get(1);
        for (int i = 1; i <= k; i++) {
            if (!(in.get(i) instanceof Data idx) || !idx.isInteger()) {
                throw new IllegalArgumentException("at: index " + (i - 1) + " of '" + x.label() + "' must be integer data");
            }
            if (!Arrays.equals(idx.shape(), first.shape())) {
                throw new IllegalArgumentException("at: index arrays of '" + x.label() + "' differ in shape: '" + first.label() + "' "
                        + first.dimsText() + " vs '" + idx.label() + "' " + idx.dimsText());
            }
            int axisSize = x.dims().get(i - 1).size();
            int[] v = idx.intValues();
            for (int j = 0; j < v.length; j++) {
                if (v[j] < 0 || v[j] >= axisSize) {
                    Dim axis = x.dims().get(i - 1);
                    throw new IllegalArgumentException("at: index '" + idx.label() + "'[" + j + "] is " + v[j] + ", but '" + x.label()
                            + "' axis " + (i - 1) + (axis.isNamed() ? " (" + axis.name() + ")" : "") + " has size " + axisSize
                            + " (valid 0.." + (axisSize - 1) + ")");
                }
            }
        }
        List<Dim> d = new ArrayList<>(first.dims());
        d.addAll(x.dims().subList(k, x.rank()));
        return d;
    }

    private static List<Dim> matmulDims(Expr a, Expr b) {
        if (a.rank() < 1 || a.rank() > 2 || b.rank() < 1 || b.rank() > 2) {
            throw new IllegalArgumentException("matmul takes vectors and matrices, got '" + a.label() + "' " + a.dimsText()
                    + " and '" + b.label() + "' " + b.dimsText());
        }
        int inner = a.dims().get(a.rank() - 1).size();
        if (b.dims().get(0).size() != inner) {
            throw new IllegalArgumentException("matmul: inner sizes differ: '" + a.label() + "' " + a.dimsText() + " and '"
                    + b.label() + "' " + b.dimsText());
        }
        List<Dim> d = new ArrayList<>(a.dims().subList(0, a.rank() - 1));
        d.addAll(b.dims().subList(1, b.rank()));
        return d;
    }

    private static List<Dim> matvecDims(Expr a, Expr x) {
        if (a.rank() < 2 || x.rank() < 1) {
            throw new IllegalArgumentException("matvec takes a matrix (or a batch of them) and a vector (or a batch), got '"
                    + a.label() + "' " + a.dimsText() + " and '" + x.label() + "' " + x.dimsText());
        }
        int m = a.dims().get(a.rank() - 1).size();
        if (x.dims().get(x.rank() - 1).size() != m) {
            throw new IllegalArgumentException("matvec: the columns of '" + a.label() + "' " + a.dimsText()
                    + " do not match the length of '" + x.label() + "' " + x.dimsText());
        }
        // batch axes: a's dims before (n, m) and x's dims before (m), broadcast as in NumPy
        Expr aBatch = new Constant(new double[sizeOf(a.dims().subList(0, a.rank() - 2))], a.dims().subList(0, a.rank() - 2));
        Expr xBatch = new Constant(new double[sizeOf(x.dims().subList(0, x.rank() - 1))], x.dims().subList(0, x.rank() - 1));
        List<Dim> d;
        try {
            d = new ArrayList<>(broadcastDims(List.of(aBatch, xBatch), "matvec"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("matvec: the batch axes of '" + a.label() + "' " + a.dimsText() + " and '"
                    + x.label() + "' " + x.dimsText() + " do not broadcast");
        }
        d.add(a.dims().get(a.rank() - 2));
        return d;
    }

    private static List<Dim> concatDims(List<Expr> in, int axis) {
        Expr first = in.get(0);
        int total = 0;
        for (Expr e : in) {
            if (e.rank() != first.rank()) {
                throw new IllegalArgumentException("concat: '" + e.label() + "' " + e.dimsText() + " has a different rank from '"
                        + first.label() + "' " + first.dimsText());
            }
            for (int a = 0; a < e.rank(); a++) {
                if (a != axis && e.dims().get(a).size() != first.dims().get(a).size()) {
                    throw new IllegalArgumentException("concat along axis " + axis + ": '" + e.label() + "' " + e.dimsText()
                            + " does not match '" + first.label() + "' " + first.dimsText());
                }
            }
            total += e.dims().get(axis).size();
        }
        List<Dim> d = new ArrayList<>(first.dims());
        d.set(axis, Dim.anonymous(total));
        return d;
    }
}
