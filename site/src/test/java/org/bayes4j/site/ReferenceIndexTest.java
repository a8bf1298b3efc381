package org.bayes4j.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ReferenceIndexTest {

    @Test
    void listsInstalledComponentsByName() {
        String md = ReferenceIndex.markdown();
        for (String expected : new String[] {"`normal`", "`binomial_logit`", "`nuts`", "`reedfrogs`", "`ess_bulk`"}) {
            assertTrue(md.contains(expected), "reference index lacks " + expected + ":\n" + md);
        }
    }
}
