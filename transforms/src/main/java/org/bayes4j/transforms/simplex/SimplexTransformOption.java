package org.bayes4j.transforms.simplex;

import java.util.Locale;

/**
 * Chooses which bijector maps onto {@code Simplex}: the system property
 * {@value #PROPERTY} is {@code stick_breaking} (the default, Stan's transform)
 * or {@code ilr} (the isometric log-ratio transform). The two simplex
 * providers consult it in {@code handles}, so exactly one of them handles the
 * constraint and {@code BijectorRegistry} never sees an ambiguity. Set it before
 * a model is compiled, e.g. {@code java -Dbayes4j.simplex=ilr ...} or
 * {@code System.setProperty("bayes4j.simplex", "ilr")}.
 */
public final class SimplexTransformOption {

    private SimplexTransformOption() {}

    /** The system property naming the simplex transform. */
    public static final String PROPERTY = "bayes4j.simplex";
    /** Value selecting {@link StickBreakingSimplex} (also used when the property is unset). */
    public static final String STICK_BREAKING = "stick_breaking";
    /** Value selecting {@link IsometricLogRatioSimplex}. */
    public static final String ILR = "ilr";

    /** The selected transform's name; throws naming the property and the allowed values on anything else. */
    public static String selected() {
        String value = System.getProperty(PROPERTY, STICK_BREAKING).trim().toLowerCase(Locale.ROOT);
        if (value.equals(STICK_BREAKING) || value.equals(ILR)) return value;
        throw new IllegalStateException("system property " + PROPERTY + " is '" + value + "', but must be '"
                + STICK_BREAKING + "' or '" + ILR + "'");
    }
}
