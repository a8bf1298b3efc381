package org.bayes4j.models.grouped;

/** The counts of a fold's held-out groups with their log multinomial coefficients, computed once per fold. */
final class HeldOutCounts {

    private final int[][] y;
    private final double[] logCoefficient;

    HeldOutCounts(GroupedCounts data, int[] heldOut) {
        int k = data.numCategories();
        y = new int[heldOut.length][k];
        logCoefficient = new double[heldOut.length];
        for (int j = 0; j < heldOut.length; j++) {
            for (int c = 0; c < k; c++) y[j][c] = data.count(heldOut[j], c);
            logCoefficient[j] = CountLikelihoods.logMultinomialCoefficient(y[j]);
        }
    }

    int size() { return y.length; }

    /** Counts of held-out group j (not copied: read only). */
    int[] y(int j) { return y[j]; }

    double logCoefficient(int j) { return logCoefficient[j]; }
}
