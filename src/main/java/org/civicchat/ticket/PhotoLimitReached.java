package org.civicchat.ticket;

/** The ticket (or draft) already holds the most photos it may keep. */
public final class PhotoLimitReached extends RuntimeException {

    private final int max;

    public PhotoLimitReached(String number, int max) {
        super("ticket " + number + " already has " + max + " photos");
        this.max = max;
    }

    public int max() {
        return max;
    }
}
