package org.bayes4j.validation.report;

import java.util.List;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.bayes4j.validation.SbcAnalysis;
import org.bayes4j.validation.uniformity.EcdfBand;
import org.bayes4j.validation.uniformity.RankChiSquare;

/**
 * The SBC plots of one model as SVG, one small panel per quantity:
 * rank histograms with the 99% pointwise binomial range of each bin's count
 * (Talts et al. 2018, figure 3), ECDF differences {@code ECDF(z) - z} with the
 * simultaneous 95% band (Säilynoja et al. 2022, figure 1), and the z-score
 * against posterior contraction of every parameter and replicate (Betancourt 2018,
 * "Calibrating model-based inferences and decisions", section 3).
 */
public final class SvgPlots {

    private static final double PANEL_W = 160;
    private static final double PANEL_H = 110;
    private static final int COLUMNS = 6;
    private static final String FAIL = "#c0392b";
    private static final String OK = "#2c3e50";

    private SvgPlots() {}

    public static String rankHistograms(List<SbcAnalysis.Quantity> quantities) {
        return grid(quantities, (c, q, x0, y0) -> {
            int n = q.pit().length;
            int bins = RankChiSquare.bins(n);
            int[] h = RankChiSquare.histogram(q.pit(), bins);
            BinomialDistribution b = BinomialDistribution.of(n, 1.0 / bins);
            int lo = b.inverseCumulativeProbability(0.005);
            int hi = b.inverseCumulativeProbability(0.995);
            int top = Math.max(hi, java.util.Arrays.stream(h).max().orElse(1));
            double w = PANEL_W - 20;
            double ph = PANEL_H - 35;
            double sy = ph / top;
            double base = y0 + 20 + ph;
            c.rect(x0 + 10, base - hi * sy, w, (hi - lo) * sy, "#dfe6e9", "none");
            for (int i = 0; i < bins; i++) {
                c.rect(x0 + 10 + i * w / bins, base - h[i] * sy, w / bins, h[i] * sy, q.check().failed() ? FAIL : OK, "white");
            }
            c.line(x0 + 10, base - (double) n / bins * sy, x0 + 10 + w, base - (double) n / bins * sy, "#636e72", 0.8);
        });
    }

    public static String ecdfDifferences(List<SbcAnalysis.Quantity> quantities) {
        if (quantities.isEmpty()) return grid(quantities, (c, q, x0, y0) -> {});
        int n = quantities.get(0).pit().length;
        EcdfBand band = EcdfBand.forSample(n);
        double gamma = band.adjustedGamma(0.05);
        int k = band.k();
        double[] lower = new double[k + 1];
        double[] upper = new double[k + 1];
        double[] zs = new double[k + 1];
        for (int i = 0; i <= k; i++) {
            zs[i] = band.z(i);
            lower[i] = i == 0 || i == k ? 0 : (double) band.lower(i, gamma) / n - zs[i];
            upper[i] = i == 0 || i == k ? 0 : (double) band.upper(i, gamma) / n - zs[i];
        }
        double limit = 1e-9;
        for (int i = 0; i <= k; i++) limit = Math.max(limit, Math.max(Math.abs(lower[i]), Math.abs(upper[i])));
        double scale = limit * 1.6;
        return grid(quantities, (c, q, x0, y0) -> {
            double w = PANEL_W - 20;
            double ph = PANEL_H - 35;
            double mid = y0 + 20 + ph / 2;
            double[] px = new double[2 * (k + 1)];
            double[] py = new double[2 * (k + 1)];
            for (int i = 0; i <= k; i++) {
                px[i] = x0 + 10 + zs[i] * w;
                py[i] = mid - upper[i] / scale * ph / 2;
                px[2 * k + 1 - i] = px[i];
                py[2 * k + 1 - i] = mid - lower[i] / scale * ph / 2;
            }
            c.polygon(px, py, "#dfe6e9");
            c.line(x0 + 10, mid, x0 + 10 + w, mid, "#636e72", 0.6);
            int[] counts = band.counts(q.pit());
            double[] x = new double[k + 1];
            double[] y = new double[k + 1];
            for (int i = 0; i <= k; i++) {
                double diff = i == 0 || i == k ? 0 : (double) counts[i] / n - zs[i];
                x[i] = x0 + 10 + zs[i] * w;
                y[i] = mid - Math.max(-1, Math.min(1, diff / scale)) * ph / 2;
            }
            c.polyline(x, y, q.check().failed() ? FAIL : OK, 1.2);
        });
    }

    public static String zScoreContraction(List<SbcAnalysis.Quantity> quantities) {
        double w = 520;
        double h = 380;
        SvgCanvas c = new SvgCanvas(w, h);
        double left = 60;
        double right = w - 20;
        double top = 30;
        double bottom = h - 50;
        c.text(w / 2, 18, "posterior z-score vs contraction (every parameter, every replicate)", 13, "middle");
        c.rect(left, top, right - left, bottom - top, "none", "#636e72");
        for (double zz : new double[] {-2, 0, 2}) {
            double y = top + (4 - zz) / 8 * (bottom - top);
            c.line(left, y, right, y, "#dfe6e9", zz == 0 ? 1.2 : 0.8);
            c.text(left - 6, y + 4, SvgCanvas.n(zz).replace(".00", ""), 11, "end");
        }
        for (double x = 0; x <= 1.0001; x += 0.25) {
            double px = left + x * (right - left);
            c.text(px, bottom + 16, String.format(java.util.Locale.ROOT, "%.2f", x), 11, "middle");
        }
        c.text((left + right) / 2, h - 12, "contraction 1 - var_post / var_prior", 12, "middle");
        c.text(14, (top + bottom) / 2, "z", 12, "middle");
        for (SbcAnalysis.Quantity q : quantities) {
            if (q.name().equals(org.bayes4j.validation.sbc.ReplicateFit.LOG_LIK)) continue;
            for (int r = 0; r < q.zScores().length; r++) {
                double x = Math.max(0, Math.min(1, q.contractions()[r]));
                double z = Math.max(-4, Math.min(4, q.zScores()[r]));
                if (!Double.isFinite(x) || !Double.isFinite(z)) continue;
                c.circle(left + x * (right - left), top + (4 - z) / 8 * (bottom - top), 2, q.check().failed() ? FAIL : "rgba(44,62,80,0.45)");
            }
        }
        return c.render();
    }

    private interface Panel { void draw(SvgCanvas c, SbcAnalysis.Quantity q, double x0, double y0); }

    private static String grid(List<SbcAnalysis.Quantity> quantities, Panel panel) {
        int rows = Math.max(1, (quantities.size() + COLUMNS - 1) / COLUMNS);
        SvgCanvas c = new SvgCanvas(COLUMNS * PANEL_W, rows * PANEL_H);
        for (int i = 0; i < quantities.size(); i++) {
            SbcAnalysis.Quantity q = quantities.get(i);
            double x0 = (i % COLUMNS) * PANEL_W;
            double y0 = (i / COLUMNS) * PANEL_H;
            c.text(x0 + PANEL_W / 2, y0 + 14, q.name(), 11, "middle");
            panel.draw(c, q, x0, y0);
        }
        return c.render();
    }
}
