package org.bayes4j.spi.model;

import java.util.List;

/** A literal array of numbers. */
public final class Constant extends Expr {
    private final double[] values;

    public Constant(double[] values, List<Dim> dims) {
        super(dims);
        this.values = values.clone();
        if (values.length != size()) {
            throw new IllegalArgumentException("constant has " + values.length + " values but dims " + dimsText());
        }
    }

    public static Constant scalar(double v) { return new Constant(new double[] {v}, List.of()); }

    public static Constant vector(double[] v) { return new Constant(v, List.of(Dim.anonymous(v.length))); }

    public double[] values() { return values.clone(); }

    @Override public String label() { return size() == 1 ? Double.toString(values[0]) : "constant"; }

    @Override public boolean isConstant() { return true; }
}
