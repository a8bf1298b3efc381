/**
 * Numerical kernels that more than one implementation module needs in its hot
 * loops and that no library on the stack provides in the form needed (Commons
 * Numbers has no faster-than-JDK elementary functions). Each is small, has no
 * dependencies, and is tested against the JDK function it replaces.
 */
package org.bayes4j.spi.numeric;
