module org.bayes4j.samplers {
    requires org.bayes4j.spi;
}
