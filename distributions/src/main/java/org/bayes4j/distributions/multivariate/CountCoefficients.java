package org.bayes4j.distributions.multivariate;

import java.util.Arrays;

import org.bayes4j.distributions.callsite.CallSiteCache;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;

/**
 * The log multinomial coefficients $c_b = \log\frac{n_b!}{\prod_j y_{bj}!}$ of one call site's batch
 * ({@link MultinomialCounts#logCoefficient}, $-\infty$ off the support), kept with a copy of the
 * $(n_b, y_b)$ they were computed from.
 *
 * <p>Why. The counts and $n$ are almost always data, constant from one evaluation to the next, yet
 * the coefficient costs a log-factorial per category per event: for a multinomial likelihood over
 * thousands of rows it dominated the gradient. {@link #refresh} compares the current values with the
 * copy (comparisons only, no transcendental function) and recomputes exactly the events whose
 * $n_b$ or $y_b$ changed, so swapped data ({@code setData}) and counts that are parameters are
 * handled, and a coefficient returned always equals a fresh computation bit for bit.
 *
 * <p>Threading and allocation: one instance per call site, found through {@link #of}, whose
 * {@link CallSiteCache} synchronises the look-up; an instance is used only by the thread owning its
 * {@code Operands}. After the first call nothing is allocated.
 */
final class CountCoefficients {

    private final int batch;
    private final int k;
    private final double[] n;
    private final double[] y;
    private final double[] logCoefficient;

    CountCoefficients(int batch, int k) {
        this.batch = batch;
        this.k = k;
        this.n = new double[batch];
        this.y = new double[batch * k];
        this.logCoefficient = new double[batch];
        Arrays.fill(n, Double.NaN); // equal to no value: every event is computed on the first refresh
    }

    /** A per-call-site cache: one {@code CountCoefficients} per {@code Operands}, rebuilt when the batch or $K$ changes. */
    static CallSiteCache<Operands, CountCoefficients> cache() {
        return new CallSiteCache<>(CountCoefficients::fits,
                args -> new CountCoefficients(args.batchSize(), args.value().eventLength()));
    }

    /** The coefficients for {@code args}' current counts ({@code value}) and {@code n} ({@code parameter(0)}), indexed by event. */
    static double[] of(CallSiteCache<Operands, CountCoefficients> cache, Operands args) {
        return cache.get(args).refresh(args.parameter(0), args.value());
    }

    private static boolean fits(CountCoefficients c, Operands args) {
        return c.batch == args.batchSize() && c.k == args.value().eventLength();
    }

    /**
     * Brings every event up to date with the current {@code n} and counts {@code y} and returns the
     * coefficients. An event is recomputed when any of its values differs from the copy under
     * {@code ==}; a NaN never equals, so it is recomputed (to $-\infty$) every time.
     */
    double[] refresh(Operand nOperand, Operand yOperand) {
        double[] nData = nOperand.data(), yData = yOperand.data();
        for (int b = 0; b < batch; b++) {
            double nb = nData[nOperand.start(b)];
            int from = yOperand.start(b), copy = b * k;
            boolean same = nb == n[b];
            for (int j = 0; j < k && same; j++) same = yData[from + j] == y[copy + j];
            if (same) continue;
            n[b] = nb;
            System.arraycopy(yData, from, y, copy, k);
            logCoefficient[b] = MultinomialCounts.logCoefficient(y, copy, k, nb);
        }
        return logCoefficient;
    }
}
