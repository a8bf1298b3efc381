module org.bayes4j.distributions {
    requires org.bayes4j.spi;
}
