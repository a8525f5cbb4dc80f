package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.privacy.LogSafe;
import org.civicchat.ticket.IllegalTransition;
import org.civicchat.ticket.PhotoLimitReached;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.Ticket;
import org.civicchat.ticket.TicketNotFound;
import org.civicchat.ticket.TicketNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Following tickets in the chat: "我的工单", "查询 WM…" (or the bare number), "补充 WM… 文字", a photo right
 * after a ticket was shown, "撤回 WM…", and the 1/2/3 answer to "is it fixed?". A resident sees only tickets
 * they filed or follow; anyone else's number gets the same answer as an unknown one.
 */
@Component
class TicketFollowUp {

    private static final Logger log = LoggerFactory.getLogger(TicketFollowUp.class);
    private static final int LIST_SIZE = 5;

    private static final int SEARCHED = 20;

    private final ResidentTickets tickets;
    private final AfterFiling afterFiling;

    TicketFollowUp(ResidentTickets tickets, AfterFiling afterFiling) {
        this.tickets = tickets;
        this.afterFiling = afterFiling;
    }

    /**
     * A ticket command in the text, if it is one.
     *
     * @param fileNow     what "直接提交" does (only inside a draft)
     * @param cancelDraft what "取消" does (only inside a draft)
     */
    Optional<Reply> onCommand(Inbound message, boolean inDraft, Function<Inbound, Reply> fileNow,
                              Function<Inbound, Reply> cancelDraft) {
        if (message.kind() != MessageKind.TEXT && message.kind() != MessageKind.VOICE) {
            return Optional.empty();
        }
        String text = message.text();
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        boolean ratingPending = looksLikeRating(text) && safely(() -> tickets.pendingRating(message.openid()).isPresent());
        Optional<TicketCommand> command = TicketCommand.parse(text, ratingPending, inDraft);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        TicketCommand c = command.get();
        try {
            return Optional.of(switch (c.kind()) {
                case MY_TICKETS -> myTickets(message.openid());
                case QUERY -> show(message, c.number());
                case ADD -> addWords(message, c.number(), c.rest());
                case WITHDRAW -> withdraw(message, c.number());
                case RATE -> rate(message, Integer.parseInt(c.rest()));
                case FILE_NOW -> fileNow.apply(message);
                case CANCEL_DRAFT -> cancelDraft.apply(message);
            });
        } catch (TicketNotFound e) {
            return Optional.of(Reply.text(TicketReplies.NOT_FOUND));
        } catch (IllegalTransition e) {
            return Optional.of(Reply.text(TicketReplies.CANNOT_CHANGE));
        } catch (RuntimeException e) {
            log.error("Ticket command from {} failed: {}", LogSafe.openid(message.openid()), e.toString());
            return Optional.of(Reply.text(Conversation.SORRY));
        }
    }

    /** "我的工单": the resident's latest tickets and their status. */
    Reply myTickets(String openid) {
        return Reply.text(TicketReplies.list(tickets.ticketsOf(openid, LIST_SIZE)));
    }

    /**
     * A question about a ticket: the one named by number; else, for a status question in words, the
     * resident's tickets that match its category and words (one → its status, several → the short list,
     * none → say so); else the resident's list.
     */
    Reply onQuery(Inbound message, Analysis analysis) {
        String number = analysis.ticketNumber() != null ? analysis.ticketNumber()
                : TicketNumbers.find(message.text()).orElse(null);
        try {
            if (number != null) {
                return show(message, number);
            }
            return onStatusQuestion(message, analysis, false).orElseThrow();
        } catch (TicketNotFound e) {
            return Reply.text(TicketReplies.NOT_FOUND);
        } catch (RuntimeException e) {
            log.error("Ticket query from {} failed: {}", LogSafe.openid(message.openid()), e.toString());
            return Reply.text(Conversation.SORRY);
        }
    }

    /** @param orComplaint when nothing matches, leave the message to the complaint path (empty) */
    Optional<Reply> onStatusQuestion(Inbound message, Analysis analysis, boolean orComplaint) {
        List<Ticket> mine = tickets.ticketsOf(message.openid(), SEARCHED);
        List<Ticket> hits = StatusQuestions.matching(mine, analysis, Instant.now());
        if (hits.isEmpty()) {
            if (orComplaint) {
                return Optional.empty();
            }
            return Optional.of(Reply.text(mine.isEmpty() ? TicketReplies.NONE_YET
                    : TicketReplies.noneMatching(StatusQuestions.topicWords(analysis))));
        }
        if (hits.size() == 1) {
            Ticket t = hits.get(0);
            if (t.status().open()) {
                afterFiling.shown(message.openid(), t.number());
            }
            return Optional.of(Reply.text(TicketReplies.status(t, tickets.log(t.number()), message.openid())));
        }
        return Optional.of(Reply.text(TicketReplies.list(hits.subList(0, Math.min(LIST_SIZE, hits.size())))));
    }

    Reply addPhoto(Inbound message, String number) {
        try {
            Ticket t = tickets.addPhoto(message.openid(), number, message.mediaId(), message.picUrl());
            return Reply.text(TicketReplies.photoAdded(t));
        } catch (PhotoLimitReached e) {
            return Reply.text(TicketReplies.PHOTO_LIMIT);
        } catch (TicketNotFound e) {
            afterFiling.forget(message.openid());
            return Reply.text(TicketReplies.NOT_FOUND);
        } catch (IllegalTransition e) {
            afterFiling.forget(message.openid());
            return Reply.text(TicketReplies.CANNOT_CHANGE);
        } catch (RuntimeException e) {
            log.error("Photo for a ticket from {} not stored: {}", LogSafe.openid(message.openid()), e.toString());
            return Reply.text(TicketReplies.NOT_SAVED);
        }
    }

    private Reply show(Inbound message, String number) {
        Ticket t = tickets.findFor(message.openid(), number).orElseThrow(() -> new TicketNotFound(number));
        if (t.status().open()) {
            afterFiling.shown(message.openid(), t.number());
        }
        return Reply.text(TicketReplies.detail(t, tickets.log(t.number()), message.openid()));
    }

    private Reply addWords(Inbound message, String number, String words) {
        if (number == null) {
            throw new TicketNotFound("?");
        }
        if (words == null || words.isBlank()) {
            return Reply.text(TicketReplies.EMPTY_ADDITION);
        }
        return Reply.text(TicketReplies.wordsAdded(tickets.addWords(message.openid(), number, words)));
    }

    private Reply withdraw(Inbound message, String number) {
        Ticket t = tickets.findFor(message.openid(), number).orElseThrow(() -> new TicketNotFound(number));
        boolean withdrawn = tickets.withdraw(message.openid(), number);
        afterFiling.forget(message.openid());
        return Reply.text(withdrawn ? TicketReplies.withdrawn(t) : TicketReplies.unfollowed(number));
    }

    private Reply rate(Inbound message, int rating) {
        Ticket pending = tickets.pendingRating(message.openid()).orElseThrow(() -> new TicketNotFound("?"));
        Ticket after = tickets.rate(message.openid(), pending.number(), rating);
        return Reply.text(TicketReplies.rated(after, rating));
    }

    private static boolean looksLikeRating(String text) {
        String s = TicketCommand.fold(text);
        return s.length() <= 6 && (s.matches("[123]") || s.contains("满意") || s.contains("解决") || s.equals("还行"));
    }

    private static boolean safely(java.util.function.BooleanSupplier check) {
        try {
            return check.getAsBoolean();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
