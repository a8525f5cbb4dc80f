package org.civicchat.dialog;

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
}
