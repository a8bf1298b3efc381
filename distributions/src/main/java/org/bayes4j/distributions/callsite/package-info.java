/**
 * Per-call-site state shared by the families of this module: {@link
 * org.bayes4j.distributions.callsite.CallSiteCache}, built on a call site's first evaluation and
 * found again on every later one. Not exported.
 */
package org.bayes4j.distributions.callsite;
