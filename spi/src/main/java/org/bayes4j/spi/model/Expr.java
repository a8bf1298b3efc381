package org.bayes4j.spi.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.bayes4j.spi.constraint.Shapes;

/**
 * A node of a model graph: a tensor-valued expression with named dims. Methods
 * build new nodes; nothing is computed until the model is compiled.
 *
 * <p>Broadcasting follows NumPy: shapes align on the right, an axis of size 1
 * (or a missing axis) stretches. Dim names are labels carried through, and a
 * reduction can name the axis it removes ({@code x.mul(b).sum(feature)}).
 * Shape errors are raised here, at build, naming the operands and their dims.
 */
public abstract class Expr {

    private final List<Dim> dims;

    protected Expr(List<Dim> dims) {
        this.dims = List.copyOf(dims);
    }

    /** The axes, outermost first. */
    public final List<Dim> dims() { return dims; }

    public final int[] shape() { return dims.stream().mapToInt(Dim::size).toArray(); }

    public final int rank() { return dims.size(); }

    public final int size() { return Shapes.size(shape()); }

    /** How this node is named in error messages and profiles. */
    public abstract String label();

    /** The direct inputs of this node (empty for leaves). */
    public List<Expr> inputs() { return List.of(); }

    /** A constant or data-only subgraph: its value does not depend on any parameter. */
    public boolean isConstant() { return inputs().stream().allMatch(Expr::isConstant); }

    // ---- conversion --------------------------------------------------------

    /** {@code Expr} unchanged; a {@link Number} or {@code double[]} / {@code int[]} as a constant. */
    public static Expr of(Object value) {
        if (value instanceof Expr e) return e;
        if (value instanceof Number n) return Constant.scalar(n.doubleValue());
        if (value instanceof double[] d) return Constant.vector(d);
        if (value instanceof int[] i) return Constant.vector(Arrays.stream(i).asDoubleStream().toArray());
        throw new IllegalArgumentException("cannot use " + (value == null ? "null" : value.getClass().getSimpleName())
                + " as a model expression; expected an Expr, a number or a double[]");
    }

    // ---- element-wise arithmetic with broadcasting --------------------------

    public Expr add(Object other) { return OpExpr.of(Op.ADD, List.of(this, of(other))); }
    public Expr sub(Object other) { return OpExpr.of(Op.SUB, List.of(this, of(other))); }
    public Expr mul(Object other) { return OpExpr.of(Op.MUL, List.of(this, of(other))); }
    public Expr div(Object other) { return OpExpr.of(Op.DIV, List.of(this, of(other))); }
    /** {@code this ^ exponent}, element-wise; the base must be positive where the exponent is not an integer. */
    public Expr pow(Object exponent) { return OpExpr.of(Op.POW, List.of(this, of(exponent))); }
    public Expr neg() { return OpExpr.of(Op.NEG, List.of(this)); }
    public Expr exp() { return OpExpr.of(Op.EXP, List.of(this)); }
    public Expr log() { return OpExpr.of(Op.LOG, List.of(this)); }
    /** {@code log(1 + x)}, accurate for small {@code x}. */
    public Expr log1p() { return OpExpr.of(Op.LOG1P, List.of(this)); }
    /** The logistic function {@code 1 / (1 + e^{-x})}. */
    public Expr invLogit() { return OpExpr.of(Op.INV_LOGIT, List.of(this)); }
    /** {@code log(logistic(x)) = -log1p(e^{-x})}, stable for large |x|. */
    public Expr logInvLogit() { return OpExpr.of(Op.LOG_INV_LOGIT, List.of(this)); }
    public Expr square() { return OpExpr.of(Op.SQUARE, List.of(this)); }
    public Expr sqrt() { return OpExpr.of(Op.SQRT, List.of(this)); }
    public Expr tanh() { return OpExpr.of(Op.TANH, List.of(this)); }

    // ---- reductions --------------------------------------------------------

    /** Sum of all elements (a scalar). */
    public Expr sum() { return OpExpr.of(Op.SUM, List.of(this)); }
    /** Sum over one axis (negative counts from the end). */
    public Expr sum(int axis) { return OpExpr.of(Op.SUM_AXIS, List.of(this), axisIndex(axis)); }
    /** Sum over the named dim. */
    public Expr sum(Dim dim) { return sum(axisOf(dim)); }
    /** {@code log(sum(exp(x)))} over all elements, computed stably. */
    public Expr logSumExp() { return OpExpr.of(Op.LOG_SUM_EXP, List.of(this)); }
    /** {@code log(sum(exp(x)))} over one axis. */
    public Expr logSumExp(int axis) { return OpExpr.of(Op.LOG_SUM_EXP_AXIS, List.of(this), axisIndex(axis)); }
    public Expr logSumExp(Dim dim) { return logSumExp(axisOf(dim)); }

    // ---- normalisations over an axis ---------------------------------------

    /** Softmax over the last axis. */
    public Expr softmax() { return softmax(-1); }
    public Expr softmax(int axis) { return OpExpr.of(Op.SOFTMAX, List.of(this), axisIndex(axis)); }
    public Expr softmax(Dim dim) { return softmax(axisOf(dim)); }
    /** {@code x - logSumExp(x)} over an axis. */
    public Expr logSoftmax(int axis) { return OpExpr.of(Op.LOG_SOFTMAX, List.of(this), axisIndex(axis)); }
    public Expr logSoftmax(Dim dim) { return logSoftmax(axisOf(dim)); }

    // ---- indexing, products, structure -------------------------------------

    /**
     * Integer-array indexing of the leading axes (NumPy advanced indexing):
     * with index arrays of common shape {@code S} for the first {@code k} axes,
     * the result has shape {@code S ++ dims[k:]}. {@code beta.at(groupIdx, colourIdx)}.
     */
    public Expr at(Data... indices) {
        List<Expr> in = new ArrayList<>();
        in.add(this);
        in.addAll(List.of(indices));
        return OpExpr.of(Op.GATHER, in);
    }

    /** Matrix product over the last axis of this and the first axis of {@code other} (vectors and matrices). */
    public Expr matmul(Object other) { return OpExpr.of(Op.MATMUL, List.of(this, of(other))); }

    /**
     * Batched matrix-vector product: {@code this} of dims {@code (..., n, m)}
     * times {@code vector} of dims {@code (..., m)} gives {@code (..., n)}, the
     * leading (batch) axes broadcast as in NumPy. The triangular product of a
     * non-centred effect, {@code u_g = L z_g}, is {@code L.matvec(z)} with
     * {@code L (n, n)} and {@code z (G, n)}; a batch of Cholesky factors
     * {@code L (K, n, n)} applies to {@code z (C, K, n)} the same way.
     */
    public Expr matvec(Object vector) { return OpExpr.of(Op.MATVEC, List.of(this, of(vector))); }

    /** The last two axes swapped ({@code L^T} of a matrix, or of each matrix in a batch). */
    public Expr transpose() { return OpExpr.of(Op.TRANSPOSE, List.of(this)); }

    /** Element-wise choice: where {@code condition} is non-zero this, elsewhere {@code otherwise}. */
    public Expr where(Data condition, Object otherwise) { return OpExpr.of(Op.WHERE, List.of(condition, this, of(otherwise))); }

    /** Concatenation along an axis; the other axes must agree. */
    public static Expr concat(int axis, Object... parts) {
        List<Expr> in = Arrays.stream(parts).map(Expr::of).collect(Collectors.toList());
        if (in.isEmpty()) throw new IllegalArgumentException("concat needs at least one part");
        int rank = in.get(0).rank();
        int a = axis < 0 ? axis + rank : axis;
        if (a < 0 || a >= rank) throw new IllegalArgumentException("concat axis " + axis + " is out of range for rank " + rank);
        return OpExpr.of(Op.CONCAT, in, a);
    }

    /** The same values with new dims of equal total size (row-major). */
    public Expr reshape(Dim... newDims) {
        return OpExpr.reshape(this, List.of(newDims));
    }

    /** Broadcasts to the given dims (NumPy rules). */
    public Expr broadcastTo(Dim... target) { return OpExpr.broadcast(this, List.of(target)); }

    // ---- helpers -----------------------------------------------------------

    /** Axis position of a named dim, or an error listing this node's dims. */
    public int axisOf(Dim dim) {
        for (int a = 0; a < dims.size(); a++) {
            if (dims.get(a).isNamed() && dims.get(a).name().equals(dim.name())) return a;
        }
        throw new IllegalArgumentException("'" + label() + "' has dims " + dimsText() + ", none named '" + dim.name() + "'");
    }

    int axisIndex(int axis) {
        int a = axis < 0 ? axis + rank() : axis;
        if (a < 0 || a >= rank()) {
            throw new IllegalArgumentException("axis " + axis + " is out of range for '" + label() + "' with dims " + dimsText());
        }
        return a;
    }

    /** Dims as text: {@code (tank=48, colour=3)}. */
    public String dimsText() {
        return dims.stream().map(Dim::toString).collect(Collectors.joining(", ", "(", ")"));
    }

    @Override public String toString() { return label() + dimsText(); }
}
