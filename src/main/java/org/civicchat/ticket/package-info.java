/**
 * Tickets (随手拍): complaint drafts become tickets, routed, followed to a fix the resident confirms.
 *
 * <p>Public: {@link org.civicchat.ticket.TicketService} and its values ({@code Ticket}, {@code TicketStatus},
 * {@code LogEntry}, {@code Draft}, {@code DraftPart}, {@code Filing}, {@code Photo}, {@code Report},
 * {@code TicketFilter}, {@code TicketPage}, {@code Category}, {@code Actor}), events ({@code TicketFiled},
 * {@code TicketStatusChanged}, {@code TicketEscalated}), failures ({@code TicketNotFound},
 * {@code IllegalTransition}, {@code InvalidTicketRequest}, {@code PhotoLimitReached}), and
 * {@code TicketTexts}/{@code Masks}/{@code TicketNumbers} helpers. Everything else is package-private.
 *
 * <p>Redis keys, all under the one hash tag {@code {tk}} (so every write is one Lua script, valid in Cluster;
 * the price is that tickets live in one slot, which a district's volume fits):
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
