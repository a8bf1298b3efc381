package org.bayes4j.cli.io;

import java.math.BigDecimal;

/**
 * How numbers are spelled in Stan CSV files. A finite double is written in
 * the shortest decimal that parses back to the same bits ({@link Double#toString}
 * guarantees the round trip), integers without a fractional part; the
 * non-finite values use Stan's spellings {@code inf}, {@code -inf}, {@code nan}.
 * Reading accepts those, Java's own spellings, and {@code +inf}.
 */
public final class CmdStanNumbers {

    private CmdStanNumbers() {}

    /** Largest magnitude up to which every integer is exactly a double (2^53). */
    private static final double EXACT_INTEGER_LIMIT = 9.007199254740992E15;

    public static String format(double x) {
        if (Double.isNaN(x)) return "nan";
        if (x == Double.POSITIVE_INFINITY) return "inf";
        if (x == Double.NEGATIVE_INFINITY) return "-inf";
        // -0.0 keeps its sign so that the round trip is bit-exact.
        if (x == Math.rint(x) && Math.abs(x) < EXACT_INTEGER_LIMIT && !(x == 0 && 1 / x < 0)) {
            return Long.toString((long) x);
        }
        return Double.toString(x);
    }

    /** A short human-readable spelling of a duration or tuning value (at most 6 significant digits). */
    public static String formatShort(double x) {
        if (!Double.isFinite(x)) return format(x);
        return new BigDecimal(x).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }

    /**
     * Parses one cell.
     * @throws NumberFormatException when the text is not a number
     */
    public static double parse(String text) {
        String t = text.strip();
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "nan": case "-nan": case "+nan": return Double.NaN;
            case "inf": case "+inf": case "infinity": case "+infinity": return Double.POSITIVE_INFINITY;
            case "-inf": case "-infinity": return Double.NEGATIVE_INFINITY;
            default:
                if (t.isEmpty() || !isDecimal(t)) throw new NumberFormatException("'" + text + "' is not a number");
                return Double.parseDouble(t);
        }
    }

    /** Rejects what {@link Double#parseDouble} would accept but a CSV number is not ({@code 1d}, {@code 0x1p3}). */
    private static boolean isDecimal(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) return false;
        }
        return true;
    }

    /** Whether {@link #parse} would accept the text. */
    public static boolean isNumber(String text) {
        try {
            parse(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
