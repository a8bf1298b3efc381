package org.bayes4j.diagnostics.loo;

/**
 * Chooses the {@link LooKernels} of this JVM: {@link VectorLooKernels} when the
 * module {@code jdk.incubator.vector} is in the boot layer (the JVM was started
 * with {@code --add-modules jdk.incubator.vector}) and its preferred double vector
 * has at least four lanes (AVX2 or wider on x86; with two, scalar code is as fast);
 * otherwise {@link ScalarLooKernels}. The system property
 * {@code bayes4j.loo.kernels=scalar} forces the scalar ones. The vector class is
 * only loaded when chosen, so a JVM without the module never links against it.
 */
final class LooKernelSelection {

    static final String PROPERTY = "bayes4j.loo.kernels";
    static final String MODULE = "jdk.incubator.vector";
    private static final int MIN_LANES = 4;

    private LooKernelSelection() {}

    static LooKernels select() {
        if ("scalar".equals(System.getProperty(PROPERTY))) return new ScalarLooKernels();
        if (!vectorModulePresent()) return new ScalarLooKernels();
        VectorLooKernels vector = new VectorLooKernels();
        return vector.lanes() >= MIN_LANES ? vector : new ScalarLooKernels();
    }

    static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule(MODULE).isPresent();
    }
}
