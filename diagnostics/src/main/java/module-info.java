module org.bayes4j.diagnostics {
    requires org.bayes4j.spi;
}
