package org.civicchat.shared;

import java.time.ZoneId;

/**
 * The district's time zone. Ticket days and numbers, daily figures, what residents and staff read: all in
 * Beijing time, whatever zone the server or a browser runs in. The one place the zone is named.
 */
public final class Beijing {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Beijing() {
    }
}
