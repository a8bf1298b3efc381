package org.bayes4j.models.trolley;

import java.util.List;

/**
 * The Trolley responses as the models read them: one row per answer, the
 * answer as a category {@code 0..6} (the 1..7 scale less one, since
 * {@code ordered_logistic} counts from 0), the three binary treatment
 * indicators, and the story and participant of each answer as indices into
 * their label lists (the coordinates of the {@code story} and {@code id} dims).
 *
 * @param category    response minus one, {@code 0..6}
 * @param action      1 when the story's action is an action (not an omission)
 * @param intention   1 when the harm is intended
 * @param contact     1 when the harm is done by physical contact
 * @param story       index into {@code storyLabels}
 * @param participant index into {@code participantLabels}
 * @param storyLabels       distinct story labels, sorted
 * @param participantLabels distinct participant ids, sorted
 */
record Responses(int[] category, int[] action, int[] intention, int[] contact, int[] story, int[] participant,
                 List<String> storyLabels, List<String> participantLabels) {

    Responses {
        category = category.clone();
        action = action.clone();
        intention = intention.clone();
        contact = contact.clone();
        story = story.clone();
        participant = participant.clone();
        storyLabels = List.copyOf(storyLabels);
        participantLabels = List.copyOf(participantLabels);
        int n = category.length;
        for (int[] column : new int[][] {action, intention, contact, story, participant}) {
            if (column.length != n) throw new IllegalArgumentException("every column needs " + n + " rows, one has " + column.length);
        }
    }

    int rows() { return category.length; }

    @Override public int[] category() { return category.clone(); }
    @Override public int[] action() { return action.clone(); }
    @Override public int[] intention() { return intention.clone(); }
    @Override public int[] contact() { return contact.clone(); }
    @Override public int[] story() { return story.clone(); }
    @Override public int[] participant() { return participant.clone(); }

    @Override public boolean equals(Object o) {
        return o instanceof Responses r && java.util.Arrays.equals(category, r.category) && java.util.Arrays.equals(action, r.action)
                && java.util.Arrays.equals(intention, r.intention) && java.util.Arrays.equals(contact, r.contact)
                && java.util.Arrays.equals(story, r.story) && java.util.Arrays.equals(participant, r.participant)
                && storyLabels.equals(r.storyLabels) && participantLabels.equals(r.participantLabels);
    }

    @Override public int hashCode() { return java.util.Arrays.hashCode(category) * 31 + participantLabels.hashCode(); }

    @Override public String toString() {
        return "Responses(" + rows() + " rows, " + storyLabels.size() + " stories, " + participantLabels.size() + " participants)";
    }
}
