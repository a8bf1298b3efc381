/** Seeded property-test generators, finite-difference checkers and contract tests plug-in authors extend. */
module org.bayes4j.testkit {
    requires transitive org.bayes4j.spi;
    requires transitive org.junit.jupiter.api;
    requires transitive org.junit.jupiter.params;
    requires org.apache.commons.rng.simple;
    requires org.apache.commons.rng.sampling;
    requires org.apache.commons.statistics.distribution;

    exports org.bayes4j.testkit;
    exports org.bayes4j.testkit.contract;
}
