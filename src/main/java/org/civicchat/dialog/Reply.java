package org.civicchat.dialog;

/** What CivicChat answers a resident; an empty text means answer WeChat with "success" and say nothing. */
public record Reply(String text) {

    private static final Reply NONE = new Reply("");

    public Reply {
        text = text == null ? "" : text;
    }

    public static Reply none() {
        return NONE;
    }

    public static Reply text(String text) {
        return new Reply(text);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
