/** Diagnostics of draws and the summary table, as providers by name. */
package org.bayes4j.spi.diagnostic;
