package org.civicchat.dialog;

import java.util.Locale;
import java.util.Set;

/**
 * The WeChat event names we count by name (metric tags, dashboard fields); any other name, which anyone who
 * can post to the portal may invent, counts as {@link #OTHER}, so invented names never grow the series.
 */
final class EventNames {

    static final String OTHER = "other";
    static final Set<String> KNOWN = Set.of("subscribe", "unsubscribe", "scan", "location", "click", "view",
            "scancode_push", "scancode_waitmsg", "pic_sysphoto", "pic_photo_or_album", "pic_weixin",
            "location_select", "view_miniprogram", "templatesendjobfinish", "masssendjobfinish",
            "subscribe_msg_popup_event", "subscribe_msg_change_event", "subscribe_msg_sent_event");

    private EventNames() {
    }

    /** The event's name in lower case when we know it, else {@code other}. */
    static String known(String event) {
        if (event == null) {
            return OTHER;
        }
        String name = event.trim().toLowerCase(Locale.ROOT);
        return KNOWN.contains(name) ? name : OTHER;
    }
}
