module org.bayes4j.site {
    requires org.bayes4j.spi;
}
