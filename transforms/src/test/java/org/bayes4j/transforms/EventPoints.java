package org.bayes4j.transforms;

import java.util.function.Function;

import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.testkit.Gen;

/** Builds a batched value by drawing each event independently (test helper). */
public final class EventPoints {

    private EventPoints() {}

    /** A value of {@code shape} whose events (the trailing {@code eventRank} axes) come from {@code event}. */
    public static double[] batch(Gen gen, int[] shape, int eventRank, Function<Gen, double[]> event) {
        int events = Shapes.batchSize(shape, eventRank), eventSize = Shapes.size(Shapes.eventShape(shape, eventRank));
        double[] out = new double[Shapes.size(shape)];
        for (int e = 0; e < events; e++) System.arraycopy(event.apply(gen), 0, out, e * eventSize, eventSize);
        return out;
    }
}
