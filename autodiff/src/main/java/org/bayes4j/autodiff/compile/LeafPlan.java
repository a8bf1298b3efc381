package org.bayes4j.autodiff.compile;

/**
 * A leaf holding numbers: a literal constant ({@code dataName == null}) or a
 * named data array whose current values come from the compiled model's data
 * store (so they can be replaced without recompiling).
 *
 * @param node           node number
 * @param dataName       the model data it reads, or {@code null}
 * @param constantValues the literal values when {@code dataName} is {@code null}
 */
public record LeafPlan(int node, String dataName, double[] constantValues) {}
