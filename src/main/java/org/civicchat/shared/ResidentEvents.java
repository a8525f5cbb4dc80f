package org.civicchat.shared;

/** What residents did that other features care about; published as Spring application events. */
public final class ResidentEvents {

    private ResidentEvents() {
    }

    /** A resident followed the account (or came back). */
    public record ResidentSubscribed(String openid, long at) {
    }

    /** A resident unfollowed: never push to them again until they follow again. */
    public record ResidentUnsubscribed(String openid, long at) {
    }

    /** A resident sent something: opens WeChat's 48-hour customer-service window. */
    public record ResidentMessaged(String openid, long at) {
    }

    /**
     * A message or event was handled. {@code route} is the way it went: an intent id (faq, complaint, …), or
     * flow, photo, location, command, empty, link, unsupported; for events (kind "event") the event's name.
     *
     * @param at epoch millis when it was handled
     */
    public record MessageHandled(String kind, String route, long at) {
    }

    /**
     * The FAQ decided what to answer a question: {@code outcome} answer, clarify, passage or refuse.
     *
     * @param at epoch millis
     */
    public record QuestionDecided(String outcome, long at) {
    }
}
