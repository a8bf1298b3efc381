package org.bayes4j.models.trolley;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.bayes4j.models.testing.Providers;
import org.bayes4j.spi.model.ModelData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Each data check of {@link TrolleyData} fails before any sampling, naming
 * the source, the variable, the 1-based row and the value; columns the model
 * does not read are ignored.
 */
class TrolleyBadDataTest {

    private static final int[] RESPONSE = {4, 3, 7, 1};
    private static final int[] ACTION = {0, 1, 0, 0};
    private static final int[] INTENTION = {0, 0, 1, 1};
    private static final int[] CONTACT = {1, 0, 0, 1};
    private static final List<String> STORY = List.of("aqu", "bur", "aqu", "che");
    private static final List<String> ID = List.of("96;434", "96;434", "96;445", "96;445");

    @Test
    void extraColumnsAreIgnored() {
        ModelData plain = data(RESPONSE, ACTION, INTENTION, CONTACT, STORY, ID).build();
        ModelData extra = data(RESPONSE, ACTION, INTENTION, CONTACT, STORY, ID)
                .strings("case", List.of("cfaqu", "ihbur", "ihaqu", "cfche"))
                .strings("edu", List.of("Middle School", "Bachelor's Degree", "Some College", "Graduate Degree"))
                .put("age", new int[] {14, 14, 30, 30})
                .put("action2", new int[] {1, 1, 0, 1})
                .build();
        assertEquals(TrolleyData.read(plain), TrolleyData.read(extra));
        for (String name : List.of("trolley", "trolley-centered")) {
            assertEquals(Providers.named(name).build(plain).compile().dimension(), Providers.named(name).build(extra).compile().dimension());
        }
    }

    @Test
    void everyMissingColumnIsNamed() {
        for (String missing : List.of("response", "action", "intention", "contact", "story", "id")) {
            ModelData.Builder b = ModelData.builder("t.csv");
            if (!missing.equals("response")) b.put("response", RESPONSE);
            if (!missing.equals("action")) b.put("action", ACTION);
            if (!missing.equals("intention")) b.put("intention", INTENTION);
            if (!missing.equals("contact")) b.put("contact", CONTACT);
            if (!missing.equals("story")) b.strings("story", STORY);
            if (!missing.equals("id")) b.strings("id", ID);
            assertFails(b.build(), "t.csv: missing variable '" + missing + "'; present: ");
        }
    }

    @Test
    void responsesOutsideTheScaleFailNamingRowAndValue() {
        assertFails(data(new int[] {4, 3, 8, 1}, ACTION, INTENTION, CONTACT, STORY, ID).build(),
                "t.csv: variable 'response' row 3 is 8, but must be a response in 1..7");
        assertFails(data(new int[] {4, 0, 7, 1}, ACTION, INTENTION, CONTACT, STORY, ID).build(),
                "t.csv: variable 'response' row 2 is 0, but must be a response in 1..7");
        ModelData fractional = data(RESPONSE, ACTION, INTENTION, CONTACT, STORY, ID)
                .put("response", new double[] {4, 3, 6.5, 1}).build();
        assertFails(fractional, "t.csv: variable 'response' row 3 is 6.5, but must be an integer");
        ModelData text = data(RESPONSE, ACTION, INTENTION, CONTACT, STORY, ID)
                .strings("response", List.of("4", "3", "NA", "1")).build();
        assertFails(text, "t.csv: variable 'response' row 3 is 'NA', but must be a number");
    }

    @Test
    void treatmentsMustBeBinary() {
        assertFails(data(RESPONSE, new int[] {0, 2, 0, 0}, INTENTION, CONTACT, STORY, ID).build(),
                "t.csv: variable 'action' row 2 is 2, but must be 0 or 1 (a treatment indicator)");
        assertFails(data(RESPONSE, ACTION, new int[] {0, 0, 1, -1}, CONTACT, STORY, ID).build(),
                "t.csv: variable 'intention' row 4 is -1, but must be 0 or 1");
        assertFails(data(RESPONSE, ACTION, INTENTION, new int[] {3, 0, 0, 1}, STORY, ID).build(),
                "t.csv: variable 'contact' row 1 is 3, but must be 0 or 1");
    }

    @Test
    void labelsMustBePresentOnEveryRow() {
        assertFails(data(RESPONSE, ACTION, INTENTION, CONTACT, List.of("aqu", " ", "aqu", "che"), ID).build(),
                "t.csv: variable 'story' row 2 is blank, but must be a label");
        assertFails(data(RESPONSE, ACTION, INTENTION, CONTACT, STORY, List.of("96;434", "96;434", "96;445", "")).build(),
                "t.csv: variable 'id' row 4 is blank, but must be a label");
    }

    @Test
    void columnsMustHaveEqualLengths() {
        assertFails(data(RESPONSE, new int[] {0, 1, 0}, INTENTION, CONTACT, STORY, ID).build(),
                "t.csv: variable 'action' has 3 rows, but 'response' has 4");
        assertFails(data(RESPONSE, ACTION, INTENTION, CONTACT, STORY, ID.subList(0, 2)).build(),
                "t.csv: variable 'id' has 2 rows, but 'response' has 4");
    }

    @Test
    void anEmptyDataSetFails() {
        List<String> none = new ArrayList<>();
        ModelData empty = ModelData.builder("t.csv").put("response", new double[0], 0).put("action", new double[0], 0)
                .put("intention", new double[0], 0).put("contact", new double[0], 0).strings("story", none).strings("id", none).build();
        assertFails(empty, "t.csv: variable 'response' has no rows, but needs at least one response");
    }

    @Test
    void numericLabelsAreAccepted() {
        ModelData numeric = data(RESPONSE, ACTION, INTENTION, CONTACT, STORY, ID).put("id", new int[] {101, 101, 7, 7}).build();
        assertEquals(List.of("7", "101"), TrolleyData.read(numeric).participantLabels(), "numbers sort by value");
    }

    private static void assertFails(ModelData data, String expected) {
        for (String name : List.of("trolley", "trolley-centered")) {
            Executable build = () -> Providers.named(name).build(data);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build, name + ": expected " + expected);
            assertTrue(e.getMessage().contains(expected), name + ": message was: " + e.getMessage());
        }
    }

    private static ModelData.Builder data(int[] response, int[] action, int[] intention, int[] contact, List<String> story,
                                          List<String> id) {
        return ModelData.builder("t.csv")
                .put("response", response, response.length)
                .put("action", action, action.length)
                .put("intention", intention, intention.length)
                .put("contact", contact, contact.length)
                .strings("story", story)
                .strings("id", id);
    }
}
