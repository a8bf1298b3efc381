module org.bayes4j.models {
    requires org.bayes4j.spi;
}
