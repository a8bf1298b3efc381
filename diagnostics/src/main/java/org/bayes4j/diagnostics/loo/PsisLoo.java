package org.bayes4j.diagnostics.loo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bayes4j.spi.diagnostic.LooResult;

/**
 * Leave-one-out cross-validation by Pareto smoothed importance sampling
 * (Vehtari, Gelman and Gabry 2017, Statistics and Computing 27, Section 2.1).
 *
 * <p>For observation i the raw importance ratios of the full posterior to the
 * leave-i-out posterior are {@code r_s = 1 / p(y_i | theta_s)}; PSIS smooths them into
 * weights {@code w_s}, and {@code elpd_loo_i = log(sum_s w_s p(y_i | theta_s) / sum_s w_s)}.
 * With the in-sample {@code lpd_i = log((1/S) sum_s p(y_i | theta_s))}, the effective
 * number of parameters is {@code p_loo_i = lpd_i - elpd_loo_i}; {@code looic = -2 elpd_loo}.
 *
 * <p><b>Computing it fast.</b> Work on shifted log ratios {@code b_s = log r_s - max log r}
 * (at most 0) and the smoothed, truncated {@code a_s}. Only the M tail draws are
 * changed by smoothing, and for the others {@code w_s p_s} is the same constant, so
 * {@code elpd_loo_i = min_s log p_s + log((S - M) + sum_tail exp(a_s - b_s)) - log sum_s exp(a_s)}:
 * one exponential per draw, {@code e_s = exp(b_s)}, serves the weights' normaliser,
 * their sum of squares (the PSIS effective sample size) and, through
 * {@code p_s / max p = exp(min b) / e_s}, the in-sample lpd and the chains' relative
 * efficiency. (When the log ratios span more than 300 nats this could underflow, and
 * the textbook log-sum-exp formulas are used instead.) The matrix is read in blocks of
 * columns, so that each observation's draws are gathered from contiguous memory.
 */
public final class PsisLoo {

    /** Observations transposed together: 64 doubles of a row are eight cache lines, read in one visit to the row. */
    private static final int BLOCK = 64;
    /** Log ratios spanning less than this many nats take the one-exponential path. */
    private static final double FAST_RANGE = 300;

    private PsisLoo() {}

    public static LooResult compute(double[][] logLik, double[] rEff) {
        LogLikelihoodMatrix.validate("loo", logLik);
        int n = logLik[0].length;
        if (rEff.length != n) {
            throw new IllegalArgumentException("loo: r_eff has " + rEff.length + " entries, but there are " + n + " observations");
        }
        for (int i = 0; i < n; i++) {
            if (!(rEff[i] > 0)) throw new IllegalArgumentException("loo: r_eff[" + i + "] is " + rEff[i] + ", but must be positive");
        }
        return run(logLik, rEff, null);
    }

    /** PSIS-LOO with each observation's relative efficiency computed from its chains on the way. */
    public static LooResult compute(double[][] logLik, int[] chainId) {
        LogLikelihoodMatrix.validate("loo", logLik);
        return run(logLik, new double[logLik[0].length], chainId);
    }

    private static LooResult run(double[][] logLik, double[] rEff, int[] chainId) {
        int s = logLik.length;
        int n = logLik[0].length;
        int[] order = null;
        LaggedEss ess = null;
        double[] chainOrdered = null;
        if (chainId != null) {
            order = RelativeEfficiency.drawOrder(s, chainId);
            int chains = RelativeEfficiency.chainCount(chainId);
            ess = new LaggedEss(chains, s / chains);
            chainOrdered = new double[s];
        }
        Column column = new Column(s);
        double[] elpd = new double[n];
        double[] p = new double[n];
        double[] looic = new double[n];
        double[] k = new double[n];
        double[] nEff = new double[n];
        double[][] block = new double[BLOCK][s];
        for (int i0 = 0; i0 < n; i0 += BLOCK) {
            int width = Math.min(BLOCK, n - i0);
            for (int t = 0; t < s; t++) {
                double[] row = logLik[t];
                for (int j = 0; j < width; j++) block[j][t] = row[i0 + j];
            }
            for (int j = 0; j < width; j++) {
                int i = i0 + j;
                double[] ll = block[j];
                column.prepare(ll);
                if (chainId != null) {
                    double[] x = column.scaledLikelihoods();
                    for (int t = 0; t < s; t++) chainOrdered[t] = x[order[t]];
                    rEff[i] = RelativeEfficiency.fromScaled(ess, chainOrdered, column.maxLogLik);
                }
                column.loo(ll, rEff[i]);
                elpd[i] = column.elpd;
                p[i] = column.lpd - column.elpd;
                looic[i] = -2 * elpd[i];
                k[i] = column.k;
                nEff[i] = column.nEff;
            }
        }
        double[] e = LogLikelihoodMatrix.estimate(elpd);
        double[] pe = LogLikelihoodMatrix.estimate(p);
        double[] ic = LogLikelihoodMatrix.estimate(looic);
        double threshold = ParetoSmoothedImportanceSampling.kThreshold(s);
        return new LooResult(e[0], e[1], pe[0], pe[1], ic[0], ic[1], elpd, p, k, nEff, rEff, threshold, warnings(k, threshold));
    }

    /** One observation's computation, with buffers reused across observations. */
    private static final class Column {
        final int s;
        final double[] b;
        final double[] a;
        final double[] e;
        final double[] x;
        final double[] saved;
        final ParetoTail tail;
        double maxLogLik;
        double minLogLik;
        boolean fast;
        double elpd;
        double lpd;
        double k;
        double nEff;

        Column(int s) {
            this.s = s;
            b = new double[s];
            a = new double[s];
            e = new double[s];
            x = new double[s];
            saved = new double[s];
            tail = new ParetoTail(s);
        }

        /** Shifted log ratios {@code b}, their exponentials and the in-sample lpd. */
        void prepare(double[] ll) {
            double minLl = Double.POSITIVE_INFINITY;
            double maxLl = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < s; t++) {
                minLl = Math.min(minLl, ll[t]);
                maxLl = Math.max(maxLl, ll[t]);
            }
            maxLogLik = maxLl;
            minLogLik = minLl;
            // log r = -ll, so max log r = -min ll and b = -ll + min ll
            for (int t = 0; t < s; t++) b[t] = minLl - ll[t];
            double minB = minLl - maxLl;
            fast = minB > -FAST_RANGE;
            if (fast) {
                double scale = Math.exp(minB);
                double sum = 0;
                for (int t = 0; t < s; t++) {
                    double et = Math.exp(b[t]);
                    e[t] = et;
                    // p_t / max p = exp(ll_t - max ll) = exp(min b - b_t)
                    double xt = scale / et;
                    x[t] = xt;
                    sum += xt;
                }
                lpd = maxLl + Math.log(sum) - Math.log(s);
            } else {
                for (int t = 0; t < s; t++) x[t] = Math.exp(ll[t] - maxLl);
                lpd = LogSumExp.of(ll) - Math.log(s);
            }
        }

        /** {@code exp(ll - max ll)} of the prepared column. */
        double[] scaledLikelihoods() { return x; }

        void loo(double[] ll, double rEff) {
            System.arraycopy(b, 0, a, 0, s);
            tail.smooth(a, s, rEff);
            k = tail.k;
            int m = tail.smoothedCount;
            // truncation at the largest raw weight can only bite on smoothed entries (the others are at most 0)
            for (int j = 0; j < m; j++) {
                int t = tail.tailIndex(j);
                a[t] = Math.min(a[t], 0);
            }
            if (fast) {
                double sum = 0;
                double squares = 0;
                double ratios = 0;
                for (int j = 0; j < m; j++) {
                    int t = tail.tailIndex(j);
                    double wt = Math.exp(a[t]);
                    ratios += Math.exp(a[t] - b[t]);
                    // swap in the smoothed weight so that the sums below see it
                    saved[j] = e[t];
                    e[t] = wt;
                }
                for (int t = 0; t < s; t++) {
                    double wt = e[t];
                    sum += wt;
                    squares += wt * wt;
                }
                for (int j = 0; j < m; j++) {
                    int t = tail.tailIndex(j);
                    e[t] = saved[j];
                }
                double logSum = Math.log(sum);
                elpd = minLogLik + Math.log((s - m) + ratios) - logSum;
                nEff = rEff * sum * sum / squares;
            } else {
                double logSum = LogSumExp.of(a);
                double[] terms = new double[s];
                double squares = 0;
                for (int t = 0; t < s; t++) {
                    terms[t] = ll[t] + a[t];
                    squares += Math.exp(2 * (a[t] - logSum));
                }
                elpd = LogSumExp.of(terms) - logSum;
                nEff = rEff / squares;
            }
        }
    }

    static List<String> warnings(double[] k, double threshold) {
        List<Integer> high = new ArrayList<>();
        for (int i = 0; i < k.length; i++) if (k[i] > threshold) high.add(i);
        List<String> out = new ArrayList<>();
        if (high.isEmpty()) return out;
        StringBuilder which = new StringBuilder();
        for (int j = 0; j < Math.min(10, high.size()); j++) {
            if (j > 0) which.append(", ");
            which.append(high.get(j)).append(String.format(Locale.ROOT, " (k = %.2f)", k[high.get(j)]));
        }
        if (high.size() > 10) which.append(", and ").append(high.size() - 10).append(" more");
        out.add(String.format(Locale.ROOT,
                "%d of %d observations have Pareto k above %.2f; their leave-one-out estimates are unreliable: observations %s; "
                        + "consider K-fold cross-validation or moment matching", high.size(), k.length, threshold, which));
        return out;
    }
}
