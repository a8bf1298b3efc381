module org.bayes4j.bench {
    requires org.bayes4j.spi;
}
