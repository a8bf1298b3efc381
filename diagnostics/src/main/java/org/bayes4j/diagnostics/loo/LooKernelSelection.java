package org.bayes4j.diagnostics.loo;

import java.util.function.Supplier;

/**
 * Chooses the {@link LooKernels} of this JVM: {@link VectorLooKernels} when the
 * module {@code jdk.incubator.vector} is in the boot layer (the JVM was started
 * with {@code --add-modules jdk.incubator.vector}) and its preferred double vector
 * has at least four lanes (AVX2 or wider on x86; with two, scalar code is as fast);
 * otherwise {@link ScalarLooKernels}. The system property
 * {@code bayes4j.loo.kernels=scalar} forces the scalar ones. The vector class is
 * only loaded when the module is present, so a JVM without it never links against
 * it; when present, every vector kernel is called once before it is chosen, and one
 * that fails to link (the incubator API of another JDK) leaves the scalar ones.
 */
final class LooKernelSelection {

    static final String PROPERTY = "bayes4j.loo.kernels";
    static final String MODULE = "jdk.incubator.vector";
    private static final int MIN_LANES = 4;

    private LooKernelSelection() {}

    static LooKernels select() {
        if ("scalar".equals(System.getProperty(PROPERTY))) return new ScalarLooKernels();
        if (!vectorModulePresent()) return new ScalarLooKernels();
        return vectorIfItRuns(() -> {
            VectorLooKernels vector = new VectorLooKernels();
            return vector.lanes() >= MIN_LANES ? vector : null;
        });
    }

    /**
     * The kernels the supplier gives, once each has run ({@link #exercise}); the scalar
     * ones when it gives none, or when creating or running them fails: an incubator API
     * may change between JDK releases, and a JDK whose Vector API does not link with
     * these kernels should get the scalar ones rather than a failure mid-run.
     */
    static LooKernels vectorIfItRuns(Supplier<LooKernels> vector) {
        try {
            LooKernels kernels = vector.get();
            if (kernels == null) return new ScalarLooKernels();
            exercise(kernels);
            return kernels;
        } catch (LinkageError | RuntimeException incompatible) {
            return new ScalarLooKernels();
        }
    }

    /** Calls every kernel once, on whole vectors and remainders, so that each links now. */
    static void exercise(LooKernels kernels) {
        int n = 37;
        double[] v = new double[n + 8];
        double[] w = new double[n + 8];
        double[] x = new double[n + 8];
        for (int i = 0; i < v.length; i++) v[i] = -1 - 0.01 * i;
        double[] two = new double[2];
        double[] three = new double[3];
        kernels.minMax(v, n, two);
        kernels.ratios(v, n, v[n - 1], 1, w, x, new double[n], three);
        two[0] = v[0];
        two[1] = v[0];
        kernels.sumAndRange(x, 0, n, two);
        kernels.residualSum(x, 0, n, 0.5);
        kernels.centreAndPair(x, 0, n, 0.5, w, v);
        kernels.lagSum(w, 0, n, 3);
        kernels.pairSums(w, v, 0, n, 2, new double[4]);
        for (int i = 0; i < n; i++) x[i] = 0.1 * (i + 1);
        kernels.sumLogOnePlus(0.5, x, n);
        kernels.atLeast(x, n, 1.5, new int[n + 8]);
        kernels.exceedances(x, n, 0.25, w);
        kernels.paretoQuantiles(x, n, 0.3, 1.2, 0.25, w);
    }

    static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule(MODULE).isPresent();
    }
}
