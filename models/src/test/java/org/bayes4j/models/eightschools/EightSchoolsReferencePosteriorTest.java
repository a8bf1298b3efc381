package org.bayes4j.models.eightschools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.bayes4j.models.testing.EightSchoolsQuadrature;
import org.junit.jupiter.api.Test;

/**
 * The quadrature oracle the end-to-end fits are compared with reproduces the
 * published posterior of eight schools under mu ~ N(0,5), tau ~ HalfCauchy(5)
 * (mean mu about 4.4, mean tau about 3.6, sds about 3.3 and 3.2, as reported by
 * long Stan and PyMC runs of this model).
 */
class EightSchoolsReferencePosteriorTest {

    @Test
    void quadratureMatchesPublishedPosteriorMoments() {
        EightSchoolsQuadrature.Reference r = EightSchoolsQuadrature.compute(EightSchoolsData.CLASSIC_Y, EightSchoolsData.CLASSIC_SIGMA);
        assertEquals(4.40, r.meanMu(), 0.02);
        assertEquals(3.59, r.meanTau(), 0.02);
        assertEquals(3.32, r.sdMu(), 0.02);
        assertEquals(3.22, r.sdTau(), 0.03);
    }
}
