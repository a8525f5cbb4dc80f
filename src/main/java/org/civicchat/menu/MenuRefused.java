package org.civicchat.menu;

/** WeChat refused or did not answer a menu call; the message is in Chinese for the operator. */
public final class MenuRefused extends RuntimeException {

    private final int code;

    public MenuRefused(int code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** WeChat's errcode, 0 for a network failure. */
    public int code() {
        return code;
    }

    /** WeChat found fault with the menu itself (its buttons, names, keys or addresses), not with the call. */
    public boolean aboutTheMenu() {
        return (code >= 40016 && code <= 40027) || code == 40054 || code == 40055;
    }
}
