package org.civicchat.notice;

import java.util.Map;

/**
 * Delivery figures of one notice. {@code status}: scheduled, queuing, sending, paused, done.
 *
 * @param queued         residents the notice was queued for (inactive and opted-out residents are left out)
 * @param failedByReason WeChat error code (or inactive, no-route) → residents
 * @param held           waiting for the resident's next message (outside the window, no template)
 * @param opened         residents who opened the link
 * @param retries        sends tried again after -1, 45011 or a time-out
 * @param takeovers      sends taken over from a node that stopped mid-send (each may have repeated one message)
 * @param pausedUntil    epoch ms; set while WeChat's daily quota (45009) is spent, or a mass send waits to retry
 * @param massMsgId      a mass notice WeChat accepted: its msg_id ("repeat" when WeChat already had it)
 * @param massError      a mass notice WeChat refused: why, in Chinese
 */
public record NoticeStatus(String id, String title, String status, String channel, String audience,
                           long createdAt, long sendAt, long queued, long sent, long failed,
                           Map<String, Long> failedByReason, long held, long opened, long retries, long takeovers,
                           Long pausedUntil, String pausedReason, String massMsgId, String massError) {
}
