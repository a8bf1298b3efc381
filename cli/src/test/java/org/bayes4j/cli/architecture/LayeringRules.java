package org.bayes4j.cli.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The one architectural rule of bayes4j (DESIGN.md, "Modules"): under a root
 * package, each top-level sub-package is a module; modules may depend on the
 * {@code spi} package and on third-party libraries, never on each other.
 * Implementations meet only through {@code ServiceLoader}.
 */
final class LayeringRules {

    private LayeringRules() {}

    /** Modules under {@code root} (e.g. {@code org.bayes4j}) depend on nothing under root but {@code root.spi}. */
    static ArchRule modulesMeetOnlyThroughSpi(String root) {
        DescribedPredicate<JavaClass> inSpi = JavaClass.Predicates.resideInAPackage(root + ".spi..");
        return slices().matching(root + ".(*)..")
                .namingSlices("module '$1'")
                .should().notDependOnEachOther()
                .ignoreDependency(DescribedPredicate.alwaysTrue(), inSpi)
                .because("implementation modules reach each other only through " + root + ".spi and ServiceLoader");
    }
}
