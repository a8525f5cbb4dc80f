/**
 * Tickets (随手拍): complaint drafts become tickets, routed, followed to a fix the resident confirms.
 *
 * <p>Public: two faces, {@link org.civicchat.ticket.ResidentTickets} (what a resident may do, as themselves) and
 * {@link org.civicchat.ticket.StaffTickets} (what the console, Open311 and handlers may do), and their values
 * ({@code Ticket}, {@code TicketStatus}, {@code LogEntry}, {@code Draft}, {@code DraftPart}, {@code Filing},
 * {@code Photo}, {@code Report}, {@code TicketFilter}, {@code TicketPage}, {@code Category}, {@code Actor}), events
 * ({@code TicketFiled}, {@code TicketStatusChanged}, {@code TicketEscalated}), failures ({@code TicketNotFound},
 * {@code IllegalTransition}, {@code InvalidTicketRequest}, {@code PhotoLimitReached}), and
 * {@code TicketTexts}/{@code Masks}/{@code TicketNumbers} helpers. This package also holds the lifecycle and the
 * one store every sub-feature writes through ({@code TicketStore}, {@code TicketChange}, {@code TicketKeys}).
 *
 * <p>Sub-features, each with its own small face (see their {@code package-info}): {@code intake} (drafts and
 * filing), {@code duplicates} (the duplicate index), {@code media} (photo downloads and files), {@code routing}
 * (categories, departments, deadlines), {@code notices} (telling residents and handlers), {@code escalation}
 * (overdue tickets), {@code handler} (the handler desk in WeChat). They depend on this package and on each other
 * without cycles ({@code ArchitectureTest}); classes public only for a sibling sub-feature are not part of the face.
 *
 * <h2>Redis Cluster: why every ticket key shares one slot</h2>
 * Filing must keep two promises: a number is told only after the write is durable (on a replica, see
 * {@code store.ReplicatedWrites}), and a retry of the same source message yields the same number, never a second
 * ticket. Both are simplest when the ticket, its log, photos and followers, the source binding, the draft it
 * consumes, the day's sequence and every cross-ticket index are written by <em>one</em> Lua script followed by
 * <em>one</em> {@code WAIT}: all or nothing, and a confirmed number always has its indexes. So every key below
 * carries the hash tag {@code {tk}} and lives in one Cluster slot; so do status changes ({@code TicketScripts.MUTATE}
 * moves a ticket between status indexes in the same script that changes it), staff lists
 * ({@code ZINTERSTORE} of several indexes into a temporary key of the slot) and the photo queue ({@code LMOVE}).
 *
 * <p>The alternative considered: each ticket under its own tag {@code {t:<number>}} (hash, log, photos,
 * followers, reports) and the indexes, sequence and source bindings under a few index tags. Filing then becomes
 * two scripts: the ticket's keys first (an orphan if the node dies before the second, harmless: no index points
 * at it and its number is never told), then the source binding with the indexes (which decides: if the source is
 * already bound, the orphan is deleted and the earlier number told), each followed by its own WAIT; every status
 * change likewise needs a second, idempotent index step and a sweeper that repairs indexes a crash left behind.
 * That spreads ticket <em>data</em> over shards, but the index slot still takes a write per filing and per
 * change, so write throughput is bounded by one slot either way; it costs a second WAIT per filing and a class
 * of half-done states. A district files 10^5 tickets a year (a few KB each, under 1 GB with indexes): one slot
 * of one shard holds that many times over, and one master serves thousands of filings a second while the chat
 * pipeline manages about two hundred (see {@code docs/BENCHMARKS.md}). So the one-slot layout stays until a
 * deployment outgrows one shard's memory; the two-step design above is the way out, and sharding the indexes by
 * day ({@code {tk:20261125}}) would then keep date-range lists to a few slots.
 *
 * <p>What spreads over slots already: dialog sessions, locks and retry de-duplication (per resident, the tag
 * {@code {openid}}, so a message's begin and end scripts run on one slot), surveys (per survey), volunteer activities (per activity), staff accounts, FAQ edits and daily
 * figures (keys of their own). Notices share {@code {nt}} (see {@code notice/package-info.java}).
 *
 * <p>Redis keys, all under the one hash tag {@code {tk}}:
 * <pre>
 * cc:ticket:{tk}:t:WM20261125-0007          hash   the ticket
 * cc:ticket:{tk}:log:WM…                     list   audit log, JSON lines (at, who, action, from, to, note, photo)
 * cc:ticket:{tk}:photos:WM…                  hash   photo id → JSON (media id, PicUrl, kind, state)
 * cc:ticket:{tk}:followers:WM…               set    openids told of progress (the filer included)
 * cc:ticket:{tk}:reports:WM…                 hash   re-reports and merged tickets, for split
 * cc:ticket:{tk}:src:&lt;dedup key&gt;             string source message → number (idempotent filing, 30 days)
 * cc:ticket:{tk}:seq:20261125                string daily sequence (INCR)
 * cc:ticket:{tk}:idx:all|open|overdue        zset   score = creation time (ms)
 * cc:ticket:{tk}:idx:status:&lt;s&gt;|dept:&lt;d&gt;|grid:&lt;g&gt;|cat:&lt;c&gt;|resident:&lt;openid&gt;|day:&lt;yyyyMMdd&gt;   zset, same score
 * cc:ticket:{tk}:idx:deadline                zset   next escalation time of open tickets
 * cc:ticket:{tk}:rate:&lt;openid&gt;               zset   resolved tickets awaiting the resident's rating
 * cc:ticket:{tk}:ratings[:&lt;dept&gt;]             set / hash  departments rated; rating → count
 * cc:ticket:{tk}:draft:&lt;openid&gt;, draft-photos:&lt;openid&gt;, drafts   the complaint drafts and their idle index
 * cc:ticket:{tk}:media:queue, media:working  list   photo download jobs (LMOVE)
 * </pre>
 */
package org.civicchat.ticket;
