package org.bayes4j.diagnostics.loo;

import org.bayes4j.spi.numeric.TabulatedExponential;

/**
 * One observation's PSIS-LOO quantities (Vehtari, Gelman and Gabry 2017, Section
 * 2.1), with buffers reused across observations (one instance per thread).
 *
 * <p>For draws {@code s = 1..S} with {@code ll_s = log p(y_i | theta_s)}, the raw
 * importance ratios are {@code r_s = 1 / p(y_i | theta_s)}. Work on the shifted log
 * ratios {@code b_s = log r_s - max log r = min ll - ll_s} (at most 0); PSIS replaces
 * the M largest by smoothed values and truncates them at 0, giving {@code a_s}. For
 * draws outside the tail {@code w_s p_s = exp(b_s) exp(ll_s) = exp(min ll)}, the same
 * for all, so
 * {@code elpd_loo_i = min ll + log((S - M) + sum_tail exp(a_s - b_s)) - log sum_s exp(a_s)}:
 * one exponential per draw, {@code e_s = exp(b_s)} (in the one pass of
 * {@link LooKernels#ratios}), serves the weights' normaliser, their sum of squares (the
 * PSIS effective sample size), and, through {@code p_s / max p = exp(min b) / e_s}, the
 * in-sample {@code lpd_i = log((1/S) sum_s p_s)} and the chains' relative efficiency.
 * The raw weights' sum and sum of squares come from that pass; the smoothed ones
 * exchange the M tail terms, {@code sum - sum_tail e_s + sum_tail w_s}, unless that
 * subtraction would cancel more than half the raw sum (its rounding, relative to the
 * result, grows by {@code raw / result}), in which case they are summed afresh. When the
 * log likelihoods span more than 300 nats the exponentials could underflow, and the
 * textbook log-sum-exp formulas are used instead.
 */
final class LooColumn {

    /** Log likelihoods spanning less than this many nats take the one-exponential path. */
    private static final double FAST_RANGE = 300;
    /**
     * The smoothed weights' sums are taken from the raw ones by exchanging the tail's
     * terms when they keep at least this fraction of the raw sums (their rounding then
     * grows at most twofold), and summed afresh otherwise.
     */
    static final double EXCHANGE_LIMIT = 0.5;

    private final int s;
    /** {@code b_s}, smoothed in place at the tail by {@link #loo}. */
    private final double[] lw;
    /** {@code e_s = exp(b_s)} (fast path only). */
    private final double[] e;
    /** {@code p_s / max p = exp(ll_s - max ll)}. */
    private final double[] x;
    private final double[] scratch;
    private final ParetoTail tail;
    private final LooKernels kernels;
    private final double exchangeLimit;
    /** The smallest and largest log likelihood, from {@link LooKernels#minMax}. */
    private final double[] range = new double[2];
    /** {@code (sum x, sum e, sum e^2)} from {@link LooKernels#ratios}. */
    private final double[] sums = new double[3];
    /** {@code sum_s e_s} and {@code sum_s e_s^2} before smoothing (fast path only). */
    private double rawWeightSum;
    private double rawWeightSquares;
    private double[] ll;
    private double maxLogLik;
    private double minLogLik;
    private boolean fast;

    double elpd;
    /** Whether the last {@link #loo} summed the smoothed weights afresh rather than exchanging the tail's terms. */
    boolean summedAfresh;
    double lpd;
    double k;
    double nEff;

    LooColumn(int s) { this(s, LooKernels.SELECTED); }

    LooColumn(int s, LooKernels kernels) { this(s, kernels, EXCHANGE_LIMIT); }

    /** With another exchange limit; infinity always sums afresh (for tests). */
    LooColumn(int s, LooKernels kernels, double exchangeLimit) {
        this.s = s;
        this.kernels = kernels;
        this.exchangeLimit = exchangeLimit;
        lw = new double[s];
        e = new double[s];
        x = new double[s];
        scratch = new double[s];
        tail = new ParetoTail(s, kernels);
    }

    /**
     * Takes the log likelihoods {@code ll[0..S)} of one observation (kept, not
     * copied, until {@link #loo}) and computes {@code b}, {@code e}, {@code x} and
     * {@link #lpd}. Returns false, leaving the rest undefined, when an entry is not
     * finite: a NaN escapes the comparisons but not the sum of {@code x}.
     */
    boolean prepare(double[] ll) {
        this.ll = ll;
        kernels.minMax(ll, s, range);
        double minLl = range[0];
        double maxLl = range[1];
        if (!(Double.isFinite(minLl) && Double.isFinite(maxLl))) return false;
        maxLogLik = maxLl;
        minLogLik = minLl;
        double minB = minLl - maxLl;
        fast = minB > -FAST_RANGE;
        double sum;
        if (fast) {
            // the fast path's exponentials are all of arguments in (-300, 0]
            double scale = TabulatedExponential.exp(minB);
            // b_t = min ll - ll_t, e_t = exp(b_t), and p_t / max p = exp(ll_t - max ll) = exp(min b - b_t) = scale / e_t
            kernels.ratios(ll, s, minLl, scale, lw, e, x, sums);
            sum = sums[0];
            rawWeightSum = sums[1];
            rawWeightSquares = sums[2];
        } else {
            sum = 0;
            for (int t = 0; t < s; t++) {
                lw[t] = minLl - ll[t];
                double xt = Math.exp(ll[t] - maxLl);
                x[t] = xt;
                sum += xt;
            }
        }
        // log-sum-exp: lpd = log((1/S) sum_s p_s) = max ll + log sum_s (p_s / max p) - log S
        lpd = maxLl + Math.log(sum) - Math.log(s);
        return Double.isFinite(sum);
    }

    /** {@code exp(ll - max ll)} of the prepared observation, in draw order. */
    double[] scaledLikelihoods() { return x; }

    /** The largest log likelihood of the prepared observation. */
    double maxLogLik() { return maxLogLik; }

    /** Smooths the prepared observation's ratios and sets {@link #elpd}, {@link #k} and {@link #nEff}. */
    void loo(double rEff) {
        // the fast path works on the ratio scale and needs no logarithms of the smoothed tail
        tail.smooth(lw, s, rEff, !fast);
        k = tail.k;
        int m = tail.smoothedCount;
        summedAfresh = false;
        if (fast) {
            double ratios = 0;
            double rawTail = 0;
            double rawTailSquares = 0;
            double smoothedTail = 0;
            double smoothedTailSquares = 0;
            for (int j = 0; j < m; j++) {
                int t = tail.tailIndex(j);
                // truncation at the largest raw weight, exp(0) = 1, can only bite on smoothed entries
                double w = Math.min(tail.smoothedRatio(j), 1);
                double et = e[t];
                // exp(a_t - b_t) with e_t = exp(b_t)
                ratios += w / et;
                rawTail += et;
                rawTailSquares += et * et;
                smoothedTail += w;
                smoothedTailSquares += w * w;
            }
            // the sums over all draws, with the tail's raw weights exchanged for the smoothed ones
            double sum = rawWeightSum - rawTail + smoothedTail;
            double squares = rawWeightSquares - rawTailSquares + smoothedTailSquares;
            summedAfresh = !(sum >= exchangeLimit * rawWeightSum && squares >= exchangeLimit * rawWeightSquares);
            if (summedAfresh) {
                sum = smoothedWeightSum(m, false);
                squares = smoothedWeightSum(m, true);
            }
            elpd = minLogLik + Math.log((s - m) + ratios) - Math.log(sum);
            nEff = rEff * sum * sum / squares;
        } else {
            // truncation at the largest raw weight (0) can only bite on smoothed entries
            for (int j = 0; j < m; j++) {
                int t = tail.tailIndex(j);
                lw[t] = Math.min(lw[t], 0);
            }
            // elpd = log sum_s exp(ll_s + a_s) - log sum_s exp(a_s); n_eff = r_eff / sum_s (w_s / sum w)^2
            double logSum = LogSumExp.of(lw);
            double squares = 0;
            for (int t = 0; t < s; t++) {
                scratch[t] = ll[t] + lw[t];
                squares += Math.exp(2 * (lw[t] - logSum));
            }
            elpd = LogSumExp.of(scratch) - logSum;
            nEff = rEff / squares;
        }
    }

    /**
     * {@code sum_s w_s} (or {@code sum_s w_s^2}) over all draws with the tail's smoothed,
     * truncated weights, summed directly: the exchange of tail sums in {@link #loo} is
     * exact but for rounding, which it inflates by {@code raw sum / result} when the
     * smoothing removes most of the weight.
     */
    private double smoothedWeightSum(int m, boolean squared) {
        for (int j = 0; j < m; j++) {
            int t = tail.tailIndex(j);
            scratch[j] = e[t];
            e[t] = Math.min(tail.smoothedRatio(j), 1);
        }
        double total = 0;
        for (int t = 0; t < s; t++) total += squared ? e[t] * e[t] : e[t];
        for (int j = 0; j < m; j++) e[tail.tailIndex(j)] = scratch[j];
        return total;
    }
}
