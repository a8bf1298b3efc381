/**
 * Reed frogs (Vonesh &amp; Bolker 2005; McElreath, Statistical Rethinking 2nd
 * ed., §13.1): tadpole survival in 48 tanks, modelled with varying intercepts
 * on the log-odds scale. Partial pooling sits between two extremes: one
 * survival probability for all tanks (complete pooling, which ignores real
 * differences) and a separate one per tank (no pooling, which overfits small
 * tanks). Estimating the spread $\sigma$ of the tank effects from the data
 * lets the model decide how strongly each tank is shrunk towards the mean.
 */
package org.bayes4j.models.reedfrogs;
