package org.bayes4j.models.iris;

import java.util.Arrays;

/**
 * The design of a categorical regression on the iris measurements: the
 * predictor matrix {@code x} ({@code N x 4}, row-major, in the order of
 * {@link IrisData#FEATURES}) and the species of each flower as a category
 * {@code 0..K-1} (in the order of {@link IrisData#SPECIES}).
 *
 * <p>The models use centred predictors, $\tilde x_{ij} = x_{ij} - \bar x_j$:
 * the intercepts are then the log-odds of a flower of average measurements,
 * and the intercept is nearly uncorrelated with the slopes in the posterior,
 * which the sampler sees as a rounder target.
 *
 * @param x       predictors, {@code rows() x 4}, row-major
 * @param species category of each flower
 */
record Flowers(double[] x, int[] species) {

    Flowers {
        x = x.clone();
        species = species.clone();
        if (x.length != species.length * IrisData.FEATURES.size()) {
            throw new IllegalArgumentException("x has " + x.length + " values, but " + species.length + " flowers need "
                    + species.length * IrisData.FEATURES.size());
        }
    }

    int rows() { return species.length; }

    @Override public double[] x() { return x.clone(); }

    @Override public int[] species() { return species.clone(); }

    /** Mean of each predictor over the flowers (zeros when there are none). */
    double[] means() {
        int p = IrisData.FEATURES.size();
        double[] mean = new double[p];
        for (int i = 0; i < rows(); i++) for (int j = 0; j < p; j++) mean[j] += x[i * p + j];
        if (rows() > 0) for (int j = 0; j < p; j++) mean[j] /= rows();
        return mean;
    }

    /** The predictors minus {@code centre}: the same flowers measured from another origin. */
    Flowers centredOn(double[] centre) {
        int p = IrisData.FEATURES.size();
        double[] shifted = new double[x.length];
        for (int i = 0; i < rows(); i++) for (int j = 0; j < p; j++) shifted[i * p + j] = x[i * p + j] - centre[j];
        return new Flowers(shifted, species);
    }

    /** The predictors centred on their own means. */
    Flowers centred() { return centredOn(means()); }

    /** The flowers at the given row indices, in that order. */
    Flowers rows(int[] indices) {
        int p = IrisData.FEATURES.size();
        double[] sub = new double[indices.length * p];
        int[] cat = new int[indices.length];
        for (int r = 0; r < indices.length; r++) {
            System.arraycopy(x, indices[r] * p, sub, r * p, p);
            cat[r] = species[indices[r]];
        }
        return new Flowers(sub, cat);
    }

    @Override public boolean equals(Object o) {
        return o instanceof Flowers f && Arrays.equals(x, f.x) && Arrays.equals(species, f.species);
    }

    @Override public int hashCode() { return 31 * Arrays.hashCode(x) + Arrays.hashCode(species); }

    @Override public String toString() { return "Flowers(" + rows() + " rows)"; }
}
