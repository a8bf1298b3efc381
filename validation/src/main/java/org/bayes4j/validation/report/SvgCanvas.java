package org.bayes4j.validation.report;

import java.util.Locale;

/** A minimal SVG writer: rectangles, lines, polylines, polygons, circles and text in user coordinates. */
final class SvgCanvas {

    private final StringBuilder body = new StringBuilder();
    private final double width;
    private final double height;

    SvgCanvas(double width, double height) {
        this.width = width;
        this.height = height;
    }

    static String n(double v) { return String.format(Locale.ROOT, "%.2f", v); }

    SvgCanvas rect(double x, double y, double w, double h, String fill, String stroke) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w))
                .append("\" height=\"").append(n(h)).append("\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\"/>\n");
        return this;
    }

    SvgCanvas line(double x1, double y1, double x2, double y2, String stroke, double width) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"")
                .append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append("\"/>\n");
        return this;
    }

    SvgCanvas polyline(double[] x, double[] y, String stroke, double width) {
        body.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width)).append("\" points=\"");
        for (int i = 0; i < x.length; i++) body.append(n(x[i])).append(',').append(n(y[i])).append(' ');
        body.append("\"/>\n");
        return this;
    }

    SvgCanvas polygon(double[] x, double[] y, String fill) {
        body.append("<polygon stroke=\"none\" fill=\"").append(fill).append("\" points=\"");
        for (int i = 0; i < x.length; i++) body.append(n(x[i])).append(',').append(n(y[i])).append(' ');
        body.append("\"/>\n");
        return this;
    }

    SvgCanvas circle(double x, double y, double r, String fill) {
        body.append("<circle cx=\"").append(n(x)).append("\" cy=\"").append(n(y)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append("\"/>\n");
        return this;
    }

    SvgCanvas text(double x, double y, String text, double size, String anchor) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-family=\"sans-serif\" font-size=\"")
                .append(n(size)).append("\" text-anchor=\"").append(anchor).append("\">").append(escape(text)).append("</text>\n");
        return this;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    String render() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + n(width) + "\" height=\"" + n(height) + "\" viewBox=\"0 0 "
                + n(width) + " " + n(height) + "\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n" + body + "</svg>\n";
    }
}
