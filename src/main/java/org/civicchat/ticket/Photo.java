package org.civicchat.ticket;

import java.time.Instant;

/**
 * A photo of a ticket: WeChat's media id and PicUrl, and what the background download made of it.
 *
 * @param kind  "report" (the resident's), "after" (the handler's, on resolving)
 * @param state "pending" (queued for download), "stored" (original and stripped copy on disk), "recorded"
 *              (download off: only media id and PicUrl kept), "failed"
 */
public record Photo(String id, String mediaId, String picUrl, String kind, String state, Instant addedAt) {
}
