/**
 * The documentation site: textbook chapters around the shipped models and
 * reference pages generated from each component's own metadata. This first
 * part renders the reference index.
 */
package org.bayes4j.site;
