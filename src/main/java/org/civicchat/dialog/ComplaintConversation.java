package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.ticket.Draft;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.Filing;
import org.civicchat.ticket.PhotoLimitReached;
import org.civicchat.ticket.TicketService;
import org.civicchat.ticket.TicketTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The chat side of 随手拍: a complaint put together across messages in any order (words, voice, photo,
 * WeChat location), one question at a time, filed as soon as it has words and a place, or when the resident
 * says "直接提交". The confirmation with the ticket number is only sent after Redis stored the ticket; if
 * storing fails the resident is told so and asked to send again. While a draft is open the session flow is
 * "complaint"/"draft"; after a ticket is filed or shown it is "complaint"/"ticket:&lt;number&gt;" so a photo
 * sent next goes to that ticket. Following tickets (queries, additions, withdrawal, rating) is in
 * {@link TicketFollowUp}.
 */
@Component
class ComplaintConversation {

    static final String FLOW = "complaint";
    static final String DRAFT = "draft";
    static final String TICKET = "ticket:";
    private static final Logger log = LoggerFactory.getLogger(ComplaintConversation.class);
    private static final int SHORT_ANSWER = 40;

    private final TicketService tickets;
    private final SessionStore sessions;
    private final TicketFollowUp followUp;

    ComplaintConversation(TicketService tickets, SessionStore sessions, TicketFollowUp followUp) {
        this.tickets = tickets;
        this.sessions = sessions;
        this.followUp = followUp;
    }

    /** The next message of a resident with an open draft or a ticket just shown; empty to let it pass. */
    Optional<Reply> continueFlow(Inbound message, SessionStore.OpenFlow flow, Analysis analysis) {
        boolean inDraft = DRAFT.equals(flow.data());
        Optional<Reply> command = followUp.onCommand(message, inDraft, this::fileNow, this::cancelDraft);
        if (command.isPresent()) {
            return command;
        }
        if (flow.data().startsWith(TICKET)) {
            if (message.kind() == MessageKind.IMAGE) {
                return Optional.of(followUp.addPhoto(message, flow.data().substring(TICKET.length())));
            }
            sessions.close(message.openid());
            return Optional.empty();
        }
        return switch (message.kind()) {
            case IMAGE -> Optional.of(onPhoto(message));
            case LOCATION -> Optional.of(onLocation(message));
            case TEXT, VOICE -> {
                if (analysis == null) {
                    yield Optional.empty();
                }
                if (isOtherBusiness(analysis)) {
                    yield Optional.empty();
                }
                yield Optional.of(addWords(message, analysis, true));
            }
            default -> Optional.empty();
        };
    }

    Reply onComplaint(Inbound message, Analysis analysis) {
        return addWords(message, analysis, false);
    }

    Reply onTicketQuery(Inbound message, Analysis analysis) {
        return followUp.onQuery(message, analysis);
    }

    /** Ticket commands typed outside any flow ("我的工单", "查询 WM…", a rating answer…). */
    Optional<Reply> onCommand(Inbound message) {
        return followUp.onCommand(message, false, this::fileNow, this::cancelDraft);
    }

    Reply onPhoto(Inbound message) {
        Draft d;
        try {
            d = tickets.addToDraft(message.openid(), DraftPart.photo(message.mediaId(), message.picUrl()));
        } catch (RuntimeException e) {
            return notSaved(message, e);
        }
        if (d.photoRefused() > 0) {
            return keepDrafting(message, TicketReplies.PHOTO_LIMIT);
        }
        if (d.complete()) {
            return file(message, false);
        }
        return keepDrafting(message, TicketReplies.photoReceived(nextQuestion(d)));
    }

    Reply onLocation(Inbound message) {
        String label = message.label() == null || message.label().isBlank() ? "微信位置" : message.label();
        Draft d;
        try {
            d = tickets.addToDraft(message.openid(), new DraftPart(null, null, label, message.latitude(),
                    message.longitude(), null, null));
        } catch (RuntimeException e) {
            return notSaved(message, e);
        }
        if (d.complete()) {
            return file(message, false);
        }
        return keepDrafting(message, TicketReplies.placeReceived(label, nextQuestion(d)));
    }

    /** Words of a complaint; while a draft waits for a place, a short answer is taken as the place. */
    private Reply addWords(Inbound message, Analysis analysis, boolean inDraft) {
        String text = message.text() == null ? "" : message.text().trim();
        String location = analysis.location();
        String words = placeOnly(text, location) ? null : text;
        Draft d;
        try {
            if (inDraft) {
                Optional<Draft> open = tickets.draft(message.openid());
                boolean wantsPlace = open.map(o -> o.hasDescription() && !o.hasLocation()).orElse(false);
                if (wantsPlace && text.length() <= SHORT_ANSWER && analysis.category() == null) {
                    location = text;
                    words = null;
                }
            }
            d = tickets.addToDraft(message.openid(), DraftPart.words(words, analysis.category(), location));
        } catch (RuntimeException e) {
            return notSaved(message, e);
        }
        if (d.complete()) {
            return file(message, false);
        }
        return keepDrafting(message, nextQuestion(d));
    }

    private Reply fileNow(Inbound message) {
        Optional<Draft> d = tickets.draft(message.openid());
        if (d.isEmpty() || (!d.get().hasDescription() && d.get().photos().isEmpty())) {
            return keepDrafting(message, TicketReplies.NOTHING_TO_FILE);
        }
        return file(message, true);
    }

    private Reply cancelDraft(Inbound message) {
        tickets.discardDraft(message.openid());
        sessions.close(message.openid());
        return Reply.text(TicketReplies.DRAFT_CANCELLED);
    }

    private Reply file(Inbound message, boolean anyway) {
        Filing filing;
        try {
            filing = tickets.fileDraft(message.openid(), message.dedupKey(), anyway);
        } catch (RuntimeException e) {
            return notSaved(message, e);
        }
        return switch (filing.outcome()) {
            case FILED, ALREADY_FILED -> {
                sessions.open(message.openid(), new SessionStore.OpenFlow(FLOW, TICKET + filing.ticket().number()));
                boolean cut = filing.draft() != null && filing.draft().truncated();
                yield Reply.text(TicketTexts.filed(filing.ticket()) + (cut ? TicketReplies.TRUNCATED : ""));
            }
            case FOLLOWED -> {
                sessions.open(message.openid(), new SessionStore.OpenFlow(FLOW, TICKET + filing.ticket().number()));
                yield Reply.text(TicketTexts.followed(filing.ticket()));
            }
            case INCOMPLETE -> keepDrafting(message, nextQuestion(filing.draft()));
        };
    }

    private Reply keepDrafting(Inbound message, String text) {
        sessions.open(message.openid(), new SessionStore.OpenFlow(FLOW, DRAFT));
        return Reply.text(text);
    }

    /** At most one question: the problem first, then the place. */
    private static String nextQuestion(Draft d) {
        if (!d.hasDescription()) {
            return TicketReplies.ASK_WHAT;
        }
        if (!d.hasLocation()) {
            return (d.truncated() ? "内容已收到（较长，已保留前1000字）。" : "收到。") + TicketReplies.ASK_WHERE;
        }
        return TicketReplies.ASK_WHAT;
    }

    /** The text names a place and (nearly) nothing else: "桃园小区南边", "在滨河路17号". */
    private static boolean placeOnly(String text, String location) {
        if (location == null || location.isBlank()) {
            return false;
        }
        String rest = text.replace(location, "").replaceAll("[\\s\\p{P}在是就那这里边旁附近门口对面东南西北侧头角]", "");
        return rest.length() <= 1;
    }

    /** A question or greeting while a draft is open goes to its own handler; the draft waits. */
    private static boolean isOtherBusiness(Analysis analysis) {
        Intent i = analysis.intent();
        return (i == Intent.FAQ || i == Intent.GREETING || i == Intent.SURVEY || i == Intent.TICKET_QUERY)
                && analysis.location() == null && analysis.category() == null;
    }

    private Reply notSaved(Inbound message, RuntimeException e) {
        if (e instanceof PhotoLimitReached) {
            return Reply.text(TicketReplies.PHOTO_LIMIT);
        }
        log.error("Complaint from {} could not be stored: {}", LogSafe.openid(message.openid()), e.toString());
        return Reply.text(TicketReplies.NOT_SAVED);
    }
}
