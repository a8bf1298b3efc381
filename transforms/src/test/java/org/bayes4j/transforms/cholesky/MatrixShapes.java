package org.bayes4j.transforms.cholesky;

import java.util.List;

/** Matrix shapes the Cholesky contract tests share: trivial, small, larger, and batched. */
final class MatrixShapes {
    private MatrixShapes() {}
    static final List<int[]> SHAPES = List.of(new int[] {1, 1}, new int[] {2, 2}, new int[] {4, 4}, new int[] {2, 3, 3});
}
