/**
 * Notices: topics residents follow, pushes to an audience, and their delivery through an outbox in Redis.
 *
 * <h2>Path of a notice</h2>
 * {@link org.civicchat.notice.NoticeService#send} stores the notice and puts it on the due list. On every node a
 * scheduler thread looks at the due list every {@code poll}; the node that takes the queuing lease writes one
 * outbox entry per reachable resident (Redis stream {@code cc:notice:{nt}:outbox}) together with the resident's
 * delivery record {@code q} (one script per 500 residents, so re-queuing after a crash doubles nobody). Worker
 * threads on every node read the stream as consumers of the group {@code delivery}.
 *
 * <h2>Exactly once</h2>
 * The delivery record of notice N and resident R (field R of hash {@code cc:notice:{nt}:n:N:d}) is the arbiter:
 * <ol>
 *   <li>A worker sends only after the claim script moved the record from q / r (retry due) / h (held) to
 *       {@code p|entry|consumer|time}; the script is atomic, so of two workers holding entries for the same
 *       R one wins and the other sees "busy" (and leaves its entry pending) or "done".</li>
 *   <li>The record leaves p only through the mark script of that same worker (s sent, f given up, r retry
 *       scheduled, with the retry entry written in the same script), which checks entry and consumer.</li>
 *   <li>A record in s or f is never sent again: re-deliveries (retries, XAUTOCLAIM, restarts, duplicate
 *       entries) are acknowledged and skipped.</li>
 *   <li>Outbox entries are acknowledged only after their record has left p (or was found final); an entry of
 *       a worker that dies stays pending and is handed to another worker by XAUTOCLAIM after {@code claimIdle}.</li>
 * </ol>
 * <b>The one honest exception.</b> A record found in p older than {@code claimIdle} belongs to a worker that
 * died (or stalled that long) between its claim and its mark; nobody can know whether WeChat accepted that
 * send, so it is taken over and sent again (counted as {@code takeovers}). A worker thread holds at most one
 * record in p at a time, so each worker thread that dies mid-send causes at most one repeated message. The same
 * holds when Redis becomes unreachable between a send and its mark: at most one per worker thread per outage.
 * {@code claimIdle} (120 s) is far above one send's time-out, so a live worker is not taken over.
 *
 * <h2>WeChat's answers</h2>
 * -1, 45011 and time-outs: retried with exponential backoff and jitter up to {@code maxAttempts}; 45009: the
 * notice is paused until midnight Beijing time (status paused, pausedUntil, pausedReason); 43004, 40003: given
 * up at once and the resident marked inactive; 45015/45047 on a customer-service message: the window is closed
 * and the message goes again at once as a template. Channel {@code auto}: customer-service message while the
 * 48-hour window (opened by the resident's last message or follow) has quota left (5), else the configured
 * template; single-resident notices with neither are held and go out on the resident's next message.
 * Channel {@code mass} does not use the outbox: {@link org.civicchat.notice.MassSend} makes it one WeChat mass
 * send to the tag (or every follower) with a {@code clientmsgid} from the notice, so a retry never sends twice;
 * the account's 4 mass sends a calendar month (Beijing time) are reserved when the notice is accepted and a fifth
 * is refused before WeChat is called. Tags are WeChat's own ({@link org.civicchat.notice.NoticeTags}).
 *
 * <h2>Rate limit</h2>
 * Every send first takes a slot in the current one-second window, counted in Redis on Redis's clock, so all
 * nodes share it: at most {@code rateLimit} sends start in any calendar second (a span straddling two windows
 * can hold up to twice that).
 *
 * <h2>Redis Cluster</h2>
 * Every notice key carries the hash tag {@code {nt}}, so all of them live in one slot: the claim and mark scripts
 * join the notice, its delivery record, the resident's window and quota, the held list and the retry set, and
 * only keys of one slot can meet in a script. One stream, one consumer group ({@code delivery}), XAUTOCLAIM as
 * on one server. The price: notice state does not spread over Cluster shards. It does not need to: delivery is
 * bounded by WeChat's API rate (200 messages a second by default, across nodes), a few scripts per message,
 * far below what one Redis slot serves; and a broadcast's state is transient (30 days for single-resident
 * notices). Spreading would mean one outbox stream per shard tag ({@code {nt:0}}…{@code {nt:k}}, each with its
 * own group, residents hashed to a shard) and the resident's window copied into the shard; not done until a
 * district's audience makes one slot the bottleneck.
 */
package org.civicchat.notice;
