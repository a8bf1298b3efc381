package org.bayes4j.diagnostics.kfold;

/** Validates a fold vector: labels {@code 0..K-1}, {@code K >= 2}, every fold non-empty. */
final class FoldCheck {

    private FoldCheck() {}

    /** @return K */
    static int check(int[] folds) {
        int k = 0;
        for (int i = 0; i < folds.length; i++) {
            if (folds[i] < 0) throw new IllegalArgumentException("kfold: folds[" + i + "] is " + folds[i] + ", but must be >= 0");
            k = Math.max(k, folds[i] + 1);
        }
        if (k < 2) throw new IllegalArgumentException("kfold: the folds name " + k + " fold(s), but K must be at least 2");
        int[] size = new int[k];
        for (int f : folds) size[f]++;
        for (int f = 0; f < k; f++) {
            if (size[f] == 0) throw new IllegalArgumentException("kfold: fold " + f + " of 0.." + (k - 1) + " has no rows");
        }
        return k;
    }
}
