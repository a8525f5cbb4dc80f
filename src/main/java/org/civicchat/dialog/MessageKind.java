package org.civicchat.dialog;

import java.util.Locale;

/** WeChat's MsgType values CivicChat routes on; anything else is {@link #UNSUPPORTED}. */
public enum MessageKind {
    TEXT, IMAGE, VOICE, VIDEO, SHORTVIDEO, LOCATION, LINK, EVENT, UNSUPPORTED;

    public static MessageKind of(String msgType) {
        if (msgType == null) {
            return UNSUPPORTED;
        }
        try {
            return valueOf(msgType.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNSUPPORTED;
        }
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
