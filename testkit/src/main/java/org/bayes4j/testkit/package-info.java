/** Test support for bayes4j and its plug-ins. */
package org.bayes4j.testkit;
