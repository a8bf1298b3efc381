module org.bayes4j.transforms {
    requires org.bayes4j.spi;
}
