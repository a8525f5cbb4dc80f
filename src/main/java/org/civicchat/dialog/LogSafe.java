package org.civicchat.dialog;

/** Shortens what must never appear whole in a log line. */
public final class LogSafe {

    private LogSafe() {
    }

    /** "oAbCd…xYz9" style: enough to correlate log lines, not enough to identify the resident. */
    public static String openid(String openid) {
        if (openid == null || openid.length() <= 8) {
            return "***";
        }
        return openid.substring(0, 4) + "…" + openid.substring(openid.length() - 4);
    }
}
