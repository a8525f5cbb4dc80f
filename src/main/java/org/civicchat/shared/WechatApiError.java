package org.civicchat.shared;

/**
 * WeChat refused or did not answer an API call. {@code code} is WeChat's errcode (-1 busy, 45009 daily quota,
 * 45011 too frequent, 43004 not following, 40003 bad openid, 45015 outside the 48-hour window…); 0 for a
 * network failure or time-out.
 */
public final class WechatApiError extends RuntimeException {

    private final int code;

    public WechatApiError(int code, String message, Throwable cause) {
        super("WeChat API error " + code + ": " + message, cause);
        this.code = code;
    }

    public int code() {
        return code;
    }

    /**
     * Worth trying again later: busy, too frequent, a time-out or network failure, or an access token that
     * expired again before WxJava's one refresh-and-retry could use it.
     */
    public boolean retryable() {
        return code == -1 || code == 45011 || code == 0 || code == 40001 || code == 42001;
    }

    /** The resident cannot be reached at all: not following, or a bad openid. */
    public boolean residentUnreachable() {
        return code == 43004 || code == 40003;
    }
}
