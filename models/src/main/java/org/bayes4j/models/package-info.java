/**
 * The model catalogue. A shipped model is a
 * {@link org.bayes4j.spi.model.ModelProvider}: it reads its data, checks it
 * (naming the variable, row and value of anything wrong), writes the model
 * with the same API a user would, and simulates data from its own generative
 * process so that simulation-based calibration and parameter recovery can
 * test it. Sub-packages hold one model family each; {@code support} holds the
 * data checks and simulation plumbing they share.
 */
package org.bayes4j.models;
