package org.bayes4j.spi.model;

import java.util.Arrays;
import java.util.List;

/**
 * Named observed data or covariates. Integer data (counts, group indices,
 * categories) keeps its integer values so it can index; all data is also
 * usable as real numbers in expressions. A compiled model can swap the values
 * of a data node for new ones of the same shape without recompiling.
 */
public final class Data extends Expr {
    private final String name;
    private final double[] values;
    private final int[] intValues;

    Data(String name, double[] values, int[] intValues, List<Dim> dims) {
        super(dims);
        this.name = name;
        this.values = values;
        this.intValues = intValues;
        if (values.length != size()) {
            throw new IllegalArgumentException("data '" + name + "' has " + values.length + " values but dims " + dimsText()
                    + " need " + size());
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) {
                throw new IllegalArgumentException("data '" + name + "'[" + i + "] is NaN, but must be a number");
            }
        }
    }

    static Data real(String name, double[] values, List<Dim> dims) {
        return new Data(name, values.clone(), null, dims);
    }

    static Data integer(String name, int[] values, List<Dim> dims) {
        return new Data(name, Arrays.stream(values).asDoubleStream().toArray(), values.clone(), dims);
    }

    public String name() { return name; }

    public boolean isInteger() { return intValues != null; }

    public double[] values() { return values.clone(); }

    /** The integer values; throws if this is real-valued data. */
    public int[] intValues() {
        if (intValues == null) throw new IllegalStateException("data '" + name + "' is real-valued, not integer");
        return intValues.clone();
    }

    @Override public String label() { return name; }

    @Override public boolean isConstant() { return true; }
}
