module org.bayes4j.validation {
    requires org.bayes4j.spi;
}
