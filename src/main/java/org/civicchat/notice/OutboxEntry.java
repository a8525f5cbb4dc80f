package org.civicchat.notice;

/** One message to deliver: a notice to a resident, on its {@code attempt}-th try (0 first). */
record OutboxEntry(String id, String noticeId, String openid, int attempt) {

    /** How a due retry is kept in the retry zset until it goes back into the outbox. */
    String retryMember(int nextAttempt) {
        return noticeId + "|" + openid + "|" + nextAttempt;
    }
}
