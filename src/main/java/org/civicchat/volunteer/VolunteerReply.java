package org.civicchat.volunteer;

/**
 * What to answer a resident, and whether the next message should be their name or phone number.
 *
 * @param flowData the small state the dialog keeps while it waits for the answer (null when it asks nothing)
 */
public record VolunteerReply(String text, Ask ask, String flowData) {

    /** What the reply asks the resident for. */
    public enum Ask { NOTHING, NAME, PHONE }

    static VolunteerReply say(String text) {
        return new VolunteerReply(text, Ask.NOTHING, null);
    }

    public boolean waitsForAnswer() {
        return ask != Ask.NOTHING;
    }
}
