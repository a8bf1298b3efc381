module org.bayes4j.cli {
    requires org.bayes4j.spi;
}
