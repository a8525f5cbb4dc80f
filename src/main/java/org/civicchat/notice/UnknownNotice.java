package org.civicchat.notice;

/** No notice with this id (or it has expired). */
public final class UnknownNotice extends RuntimeException {

    public UnknownNotice(String noticeId) {
        super("no notice " + noticeId);
    }
}
