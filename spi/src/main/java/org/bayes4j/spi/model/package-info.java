/**
 * The model-building API: define a model once as a graph of named dims, data,
 * random variables, deterministics and tensor expressions; compile it through
 * the installed {@link org.bayes4j.spi.model.ModelCompiler} into a
 * {@link org.bayes4j.spi.model.CompiledModel}. Shapes are checked at build with
 * messages that name the variable and its dims.
 */
package org.bayes4j.spi.model;
