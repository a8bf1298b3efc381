package org.bayes4j.models.trolley;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bayes4j.models.support.DataChecks;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.ModelData;

/**
 * The Trolley data (Cushman, Young &amp; Hauser 2006, as distributed with
 * McElreath's {@code rethinking} package) as the ordered-logistic models read
 * them: the columns of {@code Trolley.csv} named {@code response},
 * {@code action}, {@code intention}, {@code contact}, {@code story} and
 * {@code id}. Every other column ({@code case}, {@code order}, {@code age},
 * {@code male}, {@code edu}, {@code action2}) is ignored, so
 * {@code bayes4j fit trolley --data Trolley.csv} reads the file unchanged.
 *
 * <p>{@code story} and {@code id} are labels ({@code aqu}, {@code 96;434}); a
 * numeric column works as well (its numbers become the labels). The distinct
 * labels, sorted (numerically when all are numbers), are the coordinates of the
 * {@code story} and {@code id} dims, so a summary reads {@code s[aqu]} and
 * {@code v[96;434]}.
 *
 * <p>Checks, each failing before any sampling with a message naming the
 * source, the variable, the (1-based) row and the value: a missing column, a
 * response that is not an integer in 1..7, a treatment indicator that is not
 * 0 or 1, a blank label, columns of unequal length, and an empty data set.
 */
final class TrolleyData {

    /** The response scale: 1 (forbidden) .. 7 (obligatory). */
    static final int LEVELS = 7;

    static final String RESPONSE = "response";
    static final String ACTION = "action";
    static final String INTENTION = "intention";
    static final String CONTACT = "contact";
    static final String STORY = "story";
    static final String ID = "id";

    private TrolleyData() {}

    static Responses read(ModelData data) {
        for (String name : List.of(RESPONSE, ACTION, INTENTION, CONTACT, STORY, ID)) DataChecks.firstPresent(data, name);
        int[] response = DataChecks.integerVectorIn(data, RESPONSE, 1, LEVELS, "a response in 1.." + LEVELS);
        int n = response.length;
        if (n == 0) throw new IllegalArgumentException(data.source() + ": variable '" + RESPONSE + "' has no rows, but needs at least one response");
        int[] action = indicator(data, ACTION, n);
        int[] intention = indicator(data, INTENTION, n);
        int[] contact = indicator(data, CONTACT, n);
        Map<String, Integer> storyIndex = new LinkedHashMap<>();
        int[] story = labelIndices(data, STORY, n, storyIndex);
        Map<String, Integer> idIndex = new LinkedHashMap<>();
        int[] participant = labelIndices(data, ID, n, idIndex);
        int[] category = new int[n];
        for (int i = 0; i < n; i++) category[i] = response[i] - 1;
        return new Responses(category, action, intention, contact, story, participant,
                new ArrayList<>(storyIndex.keySet()), new ArrayList<>(idIndex.keySet()));
    }

    private static int[] indicator(ModelData data, String name, int rows) {
        int[] v = DataChecks.integerVectorIn(data, name, 0, 1, "0 or 1 (a treatment indicator)");
        DataChecks.requireLength(data, name, v.length, rows, "'" + RESPONSE + "'");
        return v;
    }

    /**
     * Each row's label as an index into the distinct labels, which are put in
     * {@code index} in sorted order: numerically when every label is a number,
     * else as text. The order does not depend on the order of the rows, so a
     * simulator's truth ({@code story01, story02, ...}) lines up with the
     * model's coordinates.
     */
    private static int[] labelIndices(ModelData data, String name, int rows, Map<String, Integer> index) {
        List<String> labels = data.strings(name);
        DataChecks.requireLength(data, name, labels.size(), rows, "'" + RESPONSE + "'");
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < rows; i++) {
            String label = labels.get(i).strip();
            if (label.isEmpty()) {
                throw new IllegalArgumentException(data.source() + ": variable '" + name + "' row " + (i + 1)
                        + " is blank, but must be a label");
            }
            distinct.add(label);
        }
        List<String> sorted = new ArrayList<>(distinct);
        if (sorted.stream().allMatch(TrolleyData::isNumber)) {
            sorted.sort(Comparator.comparingDouble(Double::parseDouble).thenComparing(Comparator.naturalOrder()));
        } else {
            sorted.sort(Comparator.naturalOrder());
        }
        for (String label : sorted) index.put(label, index.size());
        int[] out = new int[rows];
        for (int i = 0; i < rows; i++) out[i] = index.get(labels.get(i).strip());
        return out;
    }

    private static boolean isNumber(String label) {
        try {
            Double.parseDouble(label);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static List<DataVariable> variables() {
        return List.of(
                new DataVariable(RESPONSE, "int", "[N]", true, "judged appropriateness of the action in the story, 1 (forbidden) .. 7 (obligatory)"),
                new DataVariable(ACTION, "int", "[N]", true, "1 when the story's harm follows from an action rather than an omission, else 0"),
                new DataVariable(INTENTION, "int", "[N]", true, "1 when the harm is intended as a means to the good outcome, else 0"),
                new DataVariable(CONTACT, "int", "[N]", true, "1 when the harm is done by physical contact, else 0"),
                new DataVariable(STORY, "string", "[N]", true, "story label (e.g. aqu, bur): the coordinates of the 'story' dim; numbers work as labels"),
                new DataVariable(ID, "string", "[N]", true, "participant id (e.g. 96;434): the coordinates of the 'id' dim; numbers work as labels"));
    }
}
