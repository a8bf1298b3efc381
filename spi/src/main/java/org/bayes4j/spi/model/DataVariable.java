package org.bayes4j.spi.model;

/**
 * A data variable a model reads, documented for users and {@code bayes4j models --json}.
 *
 * @param name        as it appears in a CSV header or JSON key
 * @param type        {@code int}, {@code real} or {@code string}
 * @param shape       in words, e.g. {@code [N]}, {@code [N, K]}, {@code scalar}
 * @param required    false when the model can do without it
 * @param description what it means
 */
public record DataVariable(String name, String type, String shape, boolean required, String description) {}
