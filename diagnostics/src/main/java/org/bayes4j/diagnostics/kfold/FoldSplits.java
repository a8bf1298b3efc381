package org.bayes4j.diagnostics.kfold;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Assignment of N rows to K folds, as the R package {@code loo}'s
 * {@code kfold_split_random}, {@code kfold_split_stratified} and
 * {@code kfold_split_grouped} (folds numbered 0..K-1 here, 1..K there).
 *
 * <ul>
 *   <li><b>Random.</b> The labels {@code 0, 1, ..., K-1, 0, 1, ...} (N of them, so
 *       each fold gets {@code floor(N/K)} or {@code ceil(N/K)} rows) are shuffled
 *       over the rows.</li>
 *   <li><b>Stratified.</b> The rows are shuffled, then stably sorted by class, and
 *       the labels dealt round-robin along that order: consecutive rows of a class
 *       get consecutive folds, so each class, and the whole, is split as evenly as
 *       possible. The fold labels are finally permuted at random, so that which
 *       folds receive the extra rows is random too.</li>
 *   <li><b>Grouped.</b> The distinct groups are shuffled and dealt round-robin to
 *       the folds (with the labels permuted at random); each row goes to its group's
 *       fold. Every group lies wholly in one fold, and the number of groups per fold
 *       differs by at most one (the number of rows need not be balanced).</li>
 * </ul>
 * Shuffles are Fisher-Yates (Knuth, TAOCP vol. 2, Algorithm 3.4.2P) driven by a
 * {@link SplittableRandom} seeded with the caller's seed, so an assignment is a
 * deterministic function of its arguments.
 */
public final class FoldSplits {

    private FoldSplits() {}

    public static int[] random(int k, int n, long seed) {
        checkFolds("kfold_split_random", k, n);
        int[] folds = new int[n];
        for (int i = 0; i < n; i++) folds[i] = i % k;
        shuffle(folds, new SplittableRandom(seed));
        return folds;
    }

    public static int[] stratified(int k, int[] classes, long seed) {
        checkFolds("kfold_split_stratified", k, classes.length);
        int n = classes.length;
        SplittableRandom rng = new SplittableRandom(seed);
        Integer[] order = new Integer[n];
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) perm[i] = i;
        shuffle(perm, rng);
        for (int i = 0; i < n; i++) order[i] = perm[i];
        // stable: within a class the shuffled order is kept
        Arrays.sort(order, (a, b) -> Integer.compare(classes[a], classes[b]));
        int[] relabel = permutation(k, rng);
        int[] folds = new int[n];
        for (int j = 0; j < n; j++) folds[order[j]] = relabel[j % k];
        return folds;
    }

    public static int[] grouped(int k, int[] groups, long seed) {
        int n = groups.length;
        checkFolds("kfold_split_grouped", k, n);
        int[] distinct = new TreeSet<>(Arrays.stream(groups).boxed().toList()).stream().mapToInt(Integer::intValue).toArray();
        if (k > distinct.length) {
            throw new IllegalArgumentException("kfold_split_grouped: K is " + k + ", but there are only " + distinct.length
                    + " groups; K must be at most the number of groups");
        }
        SplittableRandom rng = new SplittableRandom(seed);
        shuffle(distinct, rng);
        int[] relabel = permutation(k, rng);
        java.util.Map<Integer, Integer> foldOf = new java.util.HashMap<>();
        for (int j = 0; j < distinct.length; j++) foldOf.put(distinct[j], relabel[j % k]);
        int[] folds = new int[n];
        for (int i = 0; i < n; i++) folds[i] = foldOf.get(groups[i]);
        return folds;
    }

    static void checkFolds(String what, int k, int n) {
        if (k < 2) throw new IllegalArgumentException(what + ": K is " + k + ", but must be at least 2");
        if (k > n) {
            throw new IllegalArgumentException(what + ": K is " + k + ", but there are only " + n + " rows; K must be at most N");
        }
    }

    private static int[] permutation(int k, SplittableRandom rng) {
        int[] p = new int[k];
        for (int i = 0; i < k; i++) p[i] = i;
        shuffle(p, rng);
        return p;
    }

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
