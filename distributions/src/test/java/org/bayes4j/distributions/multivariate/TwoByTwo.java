package org.bayes4j.distributions.multivariate;

import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;

/** One evaluation of a matrix family at a single 2 x 2 value with a scalar parameter. */
final class TwoByTwo {
    private TwoByTwo() {}

    static double logDensity(DistributionFamily f, double[] value, double parameter) {
        return f.logDensity(new Operands(1, Operand.of(value, null, 0, false, 2, 2), Operand.of(new double[] {parameter}, null, 0, false)));
    }
}
