package org.bayes4j.spi.model;

import java.util.Map;

/**
 * Data simulated from a model's generative process, with the parameter values
 * that produced it (the truth a fit should recover).
 */
public record Simulation(ModelData data, Map<String, double[]> truth) {
    public Simulation { truth = Map.copyOf(truth); }
}
