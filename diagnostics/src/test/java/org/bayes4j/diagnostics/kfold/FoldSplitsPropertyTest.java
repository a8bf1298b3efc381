package org.bayes4j.diagnostics.kfold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;

import org.bayes4j.spi.diagnostic.KFoldProvider;
import org.bayes4j.testkit.Property;
import org.junit.jupiter.api.Test;

/**
 * The laws of fold assignment, as seeded properties over random N, K, classes and
 * groups, through the {@code ServiceLoader} service; each law's checker is shown
 * to reject a deliberately wrong assignment.
 */
class FoldSplitsPropertyTest {

    final KFoldProvider kfold = ServiceLoader.load(KFoldProvider.class).findFirst().orElseThrow();

    @Test
    void randomFoldsPartitionTheRowsInBalancedFolds() {
        Property.forAll("random folds", 11L, 300, g -> {
            int n = g.integer(2, 200);
            int k = g.integer(2, Math.min(n, 20));
            long seed = g.rng().nextLong();
            int[] folds = kfold.splitRandom(k, n, seed);
            assertPartition(folds, n, k);
            assertBalanced(folds, k);
            assertArrayEquals(folds, kfold.splitRandom(k, n, seed), "same seed, same folds");
        });
    }

    @Test
    void stratifiedFoldsBalanceEveryClass() {
        Property.forAll("stratified folds", 12L, 300, g -> {
            int n = g.integer(2, 200);
            int k = g.integer(2, Math.min(n, 10));
            int classCount = g.integer(1, 6);
            int[] classes = new int[n];
            // unequal class frequencies: class c drawn with weight c + 1
            for (int i = 0; i < n; i++) classes[i] = (int) Math.floor(Math.sqrt(g.real(0, 1)) * classCount) * 7 - 3;
            int[] folds = kfold.splitStratified(k, classes, g.rng().nextLong());
            assertPartition(folds, n, k);
            assertBalanced(folds, k);
            assertClassesBalanced(folds, classes, k);
        });
    }

    @Test
    void groupedFoldsNeverSplitAGroupAndSpreadGroupsEvenly() {
        Property.forAll("grouped folds", 13L, 300, g -> {
            int groupCount = g.integer(2, 40);
            int n = g.integer(groupCount, 300);
            int k = g.integer(2, Math.min(groupCount, 10));
            int[] groups = new int[n];
            for (int i = 0; i < groupCount; i++) groups[i] = 100 + 3 * i;
            for (int i = groupCount; i < n; i++) groups[i] = 100 + 3 * g.integer(0, groupCount - 1);
            int[] folds = kfold.splitGrouped(k, groups, g.rng().nextLong());
            assertPartition(folds, n, k);
            assertGroupsWhole(folds, groups);
            assertGroupsSpread(folds, groups, k);
        });
    }

    @Test
    void impossibleFoldCountsAreErrorsNamingTheNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> kfold.splitRandom(1, 10, 1));
        assertTrue(e.getMessage().contains("K is 1") && e.getMessage().contains("at least 2"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> kfold.splitRandom(11, 10, 1));
        assertTrue(e.getMessage().contains("K is 11") && e.getMessage().contains("10 rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> kfold.splitStratified(4, new int[] {0, 1, 0}, 1));
        assertTrue(e.getMessage().contains("K is 4") && e.getMessage().contains("3 rows"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> kfold.splitGrouped(4, new int[] {1, 1, 2, 2, 3, 3}, 1));
        assertTrue(e.getMessage().contains("K is 4") && e.getMessage().contains("3 groups"), e.getMessage());
    }

    @Test
    void theCheckersRejectBrokenAssignments() {
        // a row in no fold (label out of range), an empty fold, unbalanced sizes
        assertThrows(AssertionError.class, () -> assertPartition(new int[] {0, 1, 2, 3}, 4, 3));
        assertThrows(AssertionError.class, () -> assertPartition(new int[] {0, 0, 2, 2}, 4, 3));
        assertThrows(AssertionError.class, () -> assertBalanced(new int[] {0, 0, 0, 1}, 2));
        // balanced overall, but class 5 lies wholly in fold 0
        assertThrows(AssertionError.class, () -> assertClassesBalanced(new int[] {0, 0, 1, 1}, new int[] {5, 5, 6, 6}, 2));
        // group 7 split across folds; groups piled into one fold
        assertThrows(AssertionError.class, () -> assertGroupsWhole(new int[] {0, 1, 1}, new int[] {7, 7, 8}));
        assertThrows(AssertionError.class, () -> assertGroupsSpread(new int[] {0, 0, 0, 1}, new int[] {1, 2, 3, 4}, 2));
        // naive sequential blocks (no shuffling) of a sorted class vector are not stratified
        int[] classes = {0, 0, 0, 0, 1, 1, 1, 1};
        int[] blocks = {0, 0, 0, 0, 1, 1, 1, 1};
        assertThrows(AssertionError.class, () -> assertClassesBalanced(blocks, classes, 2));
    }

    static void assertPartition(int[] folds, int n, int k) {
        assertTrue(folds.length == n, "expected " + n + " rows, got " + folds.length);
        int[] size = new int[k];
        for (int i = 0; i < n; i++) {
            assertTrue(folds[i] >= 0 && folds[i] < k, "row " + i + " is in fold " + folds[i] + ", outside 0.." + (k - 1));
            size[folds[i]]++;
        }
        for (int f = 0; f < k; f++) assertTrue(size[f] > 0, "fold " + f + " is empty");
    }

    static void assertBalanced(int[] folds, int k) {
        int[] size = new int[k];
        for (int f : folds) size[f]++;
        assertSpread(size, "fold sizes");
    }

    static void assertClassesBalanced(int[] folds, int[] classes, int k) {
        Map<Integer, int[]> perClass = new HashMap<>();
        for (int i = 0; i < folds.length; i++) perClass.computeIfAbsent(classes[i], c -> new int[k])[folds[i]]++;
        for (var e : perClass.entrySet()) assertSpread(e.getValue(), "class " + e.getKey() + " counts per fold");
    }

    static void assertGroupsWhole(int[] folds, int[] groups) {
        Map<Integer, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < folds.length; i++) {
            Integer before = foldOf.putIfAbsent(groups[i], folds[i]);
            assertTrue(before == null || before == folds[i], "group " + groups[i] + " is split between folds " + before
                    + " and " + folds[i]);
        }
    }

    static void assertGroupsSpread(int[] folds, int[] groups, int k) {
        Map<Integer, Integer> foldOf = new HashMap<>();
        for (int i = 0; i < folds.length; i++) foldOf.put(groups[i], folds[i]);
        int[] count = new int[k];
        for (int f : foldOf.values()) count[f]++;
        assertSpread(count, "groups per fold");
    }

    private static void assertSpread(int[] counts, String what) {
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (int c : counts) {
            lo = Math.min(lo, c);
            hi = Math.max(hi, c);
        }
        assertTrue(hi - lo <= 1, what + " differ by " + (hi - lo) + " (" + java.util.Arrays.toString(counts) + "), more than 1");
    }
}
