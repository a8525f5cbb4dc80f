package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.privacy.LogSafe;
import org.civicchat.ticket.Draft;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.PhotoLimitReached;
import org.civicchat.ticket.ResidentTickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * The one-line confirmation of a draft read with doubt ("将提交：…回复1提交，2修改") and the correction after
 * "2": a place replaces the place, words that read as the problem replace the words, then it asks again.
 * Filing after "1" is {@link ComplaintConversation}'s.
 */
final class DraftConfirmation {

    private static final Logger log = LoggerFactory.getLogger(DraftConfirmation.class);

    private final ResidentTickets tickets;
    private final SessionStore sessions;

    DraftConfirmation(ResidentTickets tickets, SessionStore sessions) {
        this.tickets = tickets;
        this.sessions = sessions;
    }

    Reply ask(Inbound message, Draft d, String ack) {
        if (!d.complete()) {
            sessions.slot(message.openid(), SessionStore.DRAFT, ComplaintConversation.UNSURE);
            return Reply.text(ack + DraftReading.nextQuestion(d, ack.isEmpty()));
        }
        sessions.slot(message.openid(), SessionStore.DRAFT, ComplaintConversation.CONFIRM);
        return Reply.text(ack + TicketReplies.confirm(d));
    }

    /** After "2 修改": a place replaces the place, anything that reads as the problem replaces the words. */
    Optional<Reply> revise(Inbound message, Analysis analysis) {
        String text = message.text().trim();
        if (PlaceReading.isPlace(text, analysis) && (analysis.intent() != Intent.COMPLAINT || DraftReading.placeOnly(text, analysis.location()))) {
            String place = analysis.location() != null ? analysis.location() : PlaceReading.fold(text);
            return Optional.of(revisePlace(message, DraftPart.words(null, null, place)));
        }
        if (analysis.intent() == Intent.COMPLAINT || DraftReading.looksLikeDescription(text, analysis)) {
            Draft revised;
            try {
                revised = tickets.reviseDraft(message.openid(), text, analysis.category(),
                        analysis.location() == null ? null : DraftPart.words(null, null, analysis.location()));
            } catch (RuntimeException e) {
                return Optional.of(notSaved(message, e));
            }
            return Optional.of(ask(message, revised, "已修改。"));
        }
        return Optional.empty();
    }

    Reply revisePlace(Inbound message, DraftPart place) {
        Draft revised;
        try {
            revised = tickets.reviseDraft(message.openid(), null, null, place);
        } catch (RuntimeException e) {
            return notSaved(message, e);
        }
        return ask(message, revised, "已修改。");
    }

    Reply again(Inbound message, Draft d, String ack) {
        return d.photoRefused() > 0 ? Reply.text(TicketReplies.PHOTO_LIMIT) : ask(message, d, ack);
    }

    private static Reply notSaved(Inbound message, RuntimeException e) {
        if (e instanceof PhotoLimitReached) {
            return Reply.text(TicketReplies.PHOTO_LIMIT);
        }
        log.error("A draft correction from {} could not be stored: {}", LogSafe.openid(message.openid()), e.toString());
        return Reply.text(TicketReplies.NOT_SAVED);
    }
}
