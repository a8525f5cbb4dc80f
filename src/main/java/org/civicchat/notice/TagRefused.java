package org.civicchat.notice;

/**
 * WeChat refused a tag call; the message is in Chinese for the operator. {@code done} residents were tagged
 * (or untagged) before the refusal, in WeChat and in our copy alike.
 */
public final class TagRefused extends RuntimeException {

    private final int code;
    private final int done;

    TagRefused(int code, String message, int done, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.done = done;
    }

    public int code() {
        return code;
    }

    public int done() {
        return done;
    }
}
