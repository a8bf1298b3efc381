package org.bayes4j.cli;

import java.util.List;

/**
 * A model or sampler was asked for by a name nothing installed carries. The
 * message names what was asked and what exists; the command exits with the
 * usage code 2, as for any other mistake on the command line.
 */
public final class UnknownNameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String requested;
    private final List<String> known;

    public UnknownNameException(String kind, String requested, List<String> known) {
        super("no " + kind + " named '" + requested + "'; "
                + (known.isEmpty() ? "none is installed" : "known: " + String.join(", ", known)));
        this.requested = requested;
        this.known = List.copyOf(known);
    }

    public String requested() { return requested; }

    public List<String> known() { return known; }
}
