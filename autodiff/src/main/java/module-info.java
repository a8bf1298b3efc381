module org.bayes4j.autodiff {
    requires org.bayes4j.spi;
}
