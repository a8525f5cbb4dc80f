package org.civicchat.notice;

/** Every resident a notice was queued for has been sent to or given up on. */
public record NoticeSent(String noticeId, long sent, long failed) {
}
