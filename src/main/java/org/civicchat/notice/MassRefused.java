package org.civicchat.notice;

/** A mass notice refused before WeChat was called (the month's sends are used, the tag is unknown); in Chinese. */
public final class MassRefused extends RuntimeException {

    MassRefused(String message) {
        super(message);
    }
}
