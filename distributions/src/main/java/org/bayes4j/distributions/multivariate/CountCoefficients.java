package org.bayes4j.distributions.multivariate;

import java.util.Arrays;

import org.bayes4j.distributions.callsite.CallSiteCache;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;

/**
 * The log multinomial coefficients $c_b = \log\frac{n_b!}{\prod_j y_{bj}!}$ of one call site's batch
 * ({@link MultinomialCounts#logCoefficient}, $-\infty$ off the support), kept with a copy of the
 * $(n_b, y_b)$ they were computed from; with an availability mask $a_b$ (data of
 * {@code multinomial_logit_masked}) also the number of available categories of each event, and
 * $c_b = -\infty$ when $a_b$ is not a 0/1 vector or a count falls in an unavailable category.
 *
 * <p>Why. The counts, $n$ and the mask are almost always data, constant from one evaluation to the
 * next, yet the coefficient costs a log-factorial per category per event and the mask a data-dependent
 * branch per category: over thousands of rows they dominated a multinomial likelihood's gradient.
 * {@link #refresh} compares the current values with the copy (comparisons only, no transcendental
 * function; for data laid out contiguously and unchanged, one vectorised comparison of whole arrays)
 * and recomputes exactly the events whose values changed, so swapped data ({@code setData})
 * and counts that are parameters are handled, and what it returns always equals a fresh computation.
 * When every operand carries the same {@link Operand#version()} as at the last refresh (the model
 * compiler versions data, and moves the version on when it reloads them), the values are unchanged
 * by that promise and even the comparison is skipped.
 *
 * <p>Threading and allocation: one instance per call site, found through a {@link CallSiteCache},
 * which synchronises the look-up; an instance is used only by the thread owning its
 * {@code Operands}. After the first call nothing is allocated.
 */
final class CountCoefficients {

    private final int batch;
    private final int k;
    private final boolean masked;
    private final double[] n;
    private final double[] y;
    private final double[] mask;
    private final double[] logCoefficient;
    private final int[] available;
    private final int[] modalCategory;
    /** False until the first {@link #refresh} has computed every event (the copies hold no values before). */
    private boolean primed;
    /** The operands' versions when the copies were last brought up to date. */
    private long nVersion = Operand.UNVERSIONED, yVersion = Operand.UNVERSIONED, maskVersion = Operand.UNVERSIONED;

    /** For a batch of {@code batch} events of {@code k} categories; {@code masked} when the call has an availability mask. */
    CountCoefficients(int batch, int k, boolean masked) {
        this.batch = batch;
        this.k = k;
        this.masked = masked;
        this.n = new double[batch];
        this.y = new double[batch * k];
        this.mask = masked ? new double[batch * k] : null;
        this.logCoefficient = new double[batch];
        this.available = masked ? new int[batch] : null;
        this.modalCategory = new int[batch];
        Arrays.fill(n, Double.NaN); // equal to no value: every event is computed on the first refresh
    }

    /** A per-call-site cache: one instance per {@code Operands}, rebuilt when the batch or $K$ changes. */
    static CallSiteCache<Operands, CountCoefficients> cache(boolean masked) {
        return new CallSiteCache<>((c, args) -> c.batch == args.batchSize() && c.k == args.value().eventLength(),
                args -> new CountCoefficients(args.batchSize(), args.value().eventLength(), masked));
    }

    /**
     * Brings every event up to date with the current {@code n}, counts {@code y} and (when masked)
     * {@code mask}, and returns the coefficients indexed by event. An event is recomputed when any of
     * its values differs from the copy under {@code ==}; a NaN never equals, so it is recomputed (to
     * $-\infty$) every time.
     */
    double[] refresh(Operand nOperand, Operand yOperand, Operand maskOperand) {
        if (primed && sameVersions(nOperand, yOperand, maskOperand)) return logCoefficient;
        nVersion = nOperand.version();
        yVersion = yOperand.version();
        maskVersion = masked ? maskOperand.version() : Operand.UNVERSIONED;
        if (primed && unchangedAsAWhole(nOperand, yOperand, maskOperand)) return logCoefficient;
        primed = true;
        double[] nData = nOperand.data(), yData = yOperand.data(), maskData = masked ? maskOperand.data() : null;
        for (int b = 0; b < batch; b++) {
            double nb = nData[nOperand.start(b)];
            int yFrom = yOperand.start(b), maskFrom = masked ? maskOperand.start(b) : 0, copy = b * k;
            boolean same = nb == n[b]; // & rather than &&: the comparisons run without a branch each
            for (int j = 0; j < k; j++) same &= yData[yFrom + j] == y[copy + j];
            if (masked) for (int j = 0; j < k; j++) same &= maskData[maskFrom + j] == mask[copy + j];
            if (same) continue;
            n[b] = nb;
            System.arraycopy(yData, yFrom, y, copy, k);
            logCoefficient[b] = MultinomialCounts.logCoefficient(y, copy, k, nb);
            int mode = 0;
            for (int j = 1; j < k; j++) if (y[copy + j] > y[copy + mode]) mode = j;
            modalCategory[b] = mode;
            if (masked) {
                System.arraycopy(maskData, maskFrom, mask, copy, k);
                checkMask(b);
            }
        }
        return logCoefficient;
    }

    /** Every operand is versioned, and at the version the copies were taken from. */
    private boolean sameVersions(Operand nOperand, Operand yOperand, Operand maskOperand) {
        long n = nOperand.version(), y = yOperand.version();
        boolean same = n != Operand.UNVERSIONED && n == nVersion && y != Operand.UNVERSIONED && y == yVersion;
        if (!masked) return same;
        long mask = maskOperand.version();
        return same && mask != Operand.UNVERSIONED && mask == maskVersion;
    }

    /**
     * The usual case, data laid out one event after another and unchanged since the last call, in one
     * vectorised comparison per array ({@link Arrays#equals(double[], int, int, double[], int, int)})
     * instead of a comparison per value. It compares bit patterns: a NaN equals a NaN here (so an
     * unchanged NaN is not recomputed, which gives the same coefficient again) and $-0$ differs from
     * $0$ (so the per-event pass below decides). False also when an operand is broadcast.
     */
    private boolean unchangedAsAWhole(Operand nOperand, Operand yOperand, Operand maskOperand) {
        if (nOperand.stride() != 1 || yOperand.stride() != k || (masked && maskOperand.stride() != k)) return false;
        int nFrom = nOperand.offset(), yFrom = yOperand.offset(), size = batch * k;
        if (!Arrays.equals(nOperand.data(), nFrom, nFrom + batch, n, 0, batch)) return false;
        if (!Arrays.equals(yOperand.data(), yFrom, yFrom + size, y, 0, size)) return false;
        if (!masked) return true;
        int maskFrom = maskOperand.offset();
        return Arrays.equals(maskOperand.data(), maskFrom, maskFrom + size, mask, 0, size);
    }

    /** Counts event {@code b}'s available categories; $c_b = -\infty$ for a bad mask entry or a structural zero. */
    private void checkMask(int b) {
        int copy = b * k, count = 0;
        boolean zeroOrOne = true;
        for (int j = 0; j < k; j++) {
            double aj = mask[copy + j];
            if (aj == 1) {
                count++;
            } else {
                zeroOrOne &= aj == 0;
                if (y[copy + j] > 0) logCoefficient[b] = Double.NEGATIVE_INFINITY; // a count observed in an unavailable category
            }
        }
        if (!zeroOrOne) logCoefficient[b] = Double.NEGATIVE_INFINITY;
        available[b] = zeroOrOne ? count : -1;
    }

    /** Event {@code b}'s number of available categories, or -1 when its mask has an entry other than 0 or 1 (masked only). */
    int available(int b) { return available[b]; }

    /**
     * For each event, the category with the largest count (the first such): where its logit is the
     * shift of a log-sum-exp, an event whose counts are likely has small terms
     * ({@link MultinomialLogitEvent#modalShift}). On the support it has a positive count when
     * {@code n > 0}, so it is available.
     */
    int[] modalCategory() { return modalCategory; }

}
