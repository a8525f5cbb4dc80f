package org.civicchat.notice;

import java.util.List;
import java.util.Map;

/**
 * A notice as the workers see it. {@code single} notices tell one resident about their own business
 * (a ticket's status) and fall back to being held for the resident's next message; broadcasts never hold.
 *
 * @param templateKey which configured template to use outside the window ("notice" for broadcasts)
 * @param fields      the template's fields (each at most 20 characters)
 */
record Notice(String id, boolean single, String title, String body, String link, String audienceType,
              List<String> audienceValue, String channel, String templateKey, Map<String, String> fields,
              long createdAt, long sendAt) {

    static final String AUTO = "auto";
    static final String MASS = "mass";

    boolean mass() {
        return MASS.equals(channel);
    }
}
