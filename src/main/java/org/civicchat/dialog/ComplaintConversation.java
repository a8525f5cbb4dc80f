package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.nlp.ReportRequests;
import org.civicchat.privacy.LogSafe;
import org.civicchat.ticket.ComplaintIntake;
import org.civicchat.ticket.Draft;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.Filing;
import org.civicchat.ticket.PhotoLimitReached;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.TicketTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The chat side of 随手拍: a complaint put together across messages in any order (words, voice, photo,
 * WeChat location), one question at a time. The draft says what it still expects (the problem, or its
 * place) and takes a message only when it fits: a place must read as a place ({@link PlaceReading}); a
 * question, a command, thanks or another complaint pass to their own handlers and the draft waits (the
 * router adds {@link #reminder}). A clear complaint files at once; one whose parts were read with doubt (a
 * place that only looks like an address, words that were not read as a complaint) files after a one-line
 * confirmation (1 提交 / 2 修改). "取消" and its kin end it. Another problem reported meanwhile sets the
 * draft aside and brings it back when that one is done.
 * <p>
 * The draft's state lives in the session's {@link SessionStore#DRAFT} slot: {@code open}, {@code open:unsure},
 * {@code confirm} or {@code revise}. Following tickets is in {@link TicketFollowUp}, additions right after
 * filing in {@link AfterFiling}.
 */
@Component
class ComplaintConversation {

    static final String OPEN = "open";
    static final String UNSURE = "open:unsure";
    static final String CONFIRM = "confirm";
    static final String REVISE = "revise";
    private static final Logger log = LoggerFactory.getLogger(ComplaintConversation.class);

    private final ResidentTickets tickets;
    private final SessionStore sessions;
    private final TicketFollowUp followUp;
    private final AfterFiling afterFiling;
    private final DraftConfirmation confirmation;

    ComplaintConversation(ResidentTickets tickets, SessionStore sessions, TicketFollowUp followUp,
                          AfterFiling afterFiling) {
        this.confirmation = new DraftConfirmation(tickets, sessions);
        this.tickets = tickets;
        this.sessions = sessions;
        this.followUp = followUp;
        this.afterFiling = afterFiling;
    }

    /** The answer to "将提交：…回复1提交，2修改"; empty when the message is something else. */
    Optional<Reply> continueConfirmation(Inbound message, String state) {
        if (!CONFIRM.equals(state) || !isText(message)) {
            return Optional.empty();
        }
        String s = PlaceReading.fold(message.text());
        if (s.matches("1|提交|确认|确认提交|确定|是|是的|对|对的|没错|好|好的|可以|行|没问题|1提交")) {
            return Optional.of(file(message, false));
        }
        if (s.matches("2|修改|改|要改|改一下|不对|不是|错了|有误|2修改")) {
            sessions.slot(message.openid(), SessionStore.DRAFT, REVISE);
            return Optional.of(Reply.text(TicketReplies.REVISE));
        }
        return Optional.empty();
    }

    /** Ticket commands ("我的工单", "查询 WM…", a rating, and inside a draft "直接提交" / "取消"). */
    Optional<Reply> onCommand(Inbound message, boolean inDraft) {
        return followUp.onCommand(message, inDraft, this::fileNow, this::cancelDraft);
    }

    /** The next message while a draft is open: taken when it fits what the draft expects. */
    Optional<Reply> continueDraft(Inbound message, String state, Analysis analysis) {
        Optional<Draft> open = safeDraft(message.openid());
        if (open.isEmpty()) {
            sessions.slot(message.openid(), SessionStore.DRAFT, null);
            return Optional.empty();
        }
        Draft d = open.get();
        if (SamePlaceOffer.offered(state)) {
            if (isText(message) && SamePlaceOffer.accepts(message.text())) {
                return Optional.of(add(message, DraftPart.words(null, null, SamePlaceOffer.place(state)), OPEN, ""));
            }
            state = OPEN;
        }
        boolean revising = REVISE.equals(state) || CONFIRM.equals(state);
        return switch (message.kind()) {
            case IMAGE -> Optional.of(revising ? confirmation.again(message, photo(message), "收到照片。") : onPhoto(message));
            case LOCATION -> Optional.of(revising ? confirmation.revisePlace(message, DraftReading.wechatPlace(message)) : onLocation(message));
            case TEXT, VOICE -> analysis == null ? Optional.empty()
                    : revising ? confirmation.revise(message, analysis) : addIfFits(message, d, state, analysis);
            default -> Optional.empty();
        };
    }

    /** A complaint outside a draft, or another problem while one waits (that one is set aside). */
    Reply onComplaint(Inbound message, Analysis analysis) {
        String text = message.text() == null ? "" : message.text().trim();
        String location = analysis.location();
        String words = DraftReading.placeOnly(text, location) ? null : text;
        ComplaintIntake intake;
        try {
            intake = tickets.addAndFile(message.openid(), DraftPart.words(words, analysis.category(), location),
                    message.dedupKey(), open -> DraftReading.anotherProblem(open, analysis));
        } catch (RuntimeException e) {
            return notSaved(message, e);
        }
        if (intake.setAside()) {
            sessions.slot(message.openid(), SessionStore.DRAFT, null);
        }
        return told(message, intake.filing(), intake.parkedWaits());
    }

    /** Danger to people: the emergency line first, then the complaint when it is a city matter. */
    Reply onEmergency(Inbound message, Analysis analysis, Emergencies.Emergency emergency) {
        boolean cityMatter = analysis != null && analysis.category() != null;
        if (!cityMatter) {
            return Reply.text(emergency.line() + "\n" + TicketReplies.EMERGENCY_NOT_CITY);
        }
        Optional<Draft> open = safeDraft(message.openid());
        if (open.isPresent() && DraftReading.anotherProblem(open.get(), analysis) && parked(message.openid())) {
            sessions.slot(message.openid(), SessionStore.DRAFT, null);
        }
        try {
            tickets.markDraftUrgent(message.openid());
        } catch (RuntimeException e) {
            return Reply.text(emergency.line() + "\n" + notSaved(message, e).text());
        }
        return Reply.text(emergency.line() + "\n" + addWords(message, analysis, OPEN, false).text());
    }

    Reply onTicketQuery(Inbound message, Analysis analysis) {
        return followUp.onQuery(message, analysis);
    }

    /**
     * "井盖那个修了没": the status of the resident's matching ticket; empty when nothing matches and the words
     * read as a complaint ("路灯坏了一个月怎么还没人修" from someone who never reported it is a report).
     */
    Optional<Reply> onStatusQuestion(Inbound message, Analysis analysis) {
        return followUp.onStatusQuestion(message, analysis,
                analysis.intent() == Intent.COMPLAINT && !StatusQuestions.aboutAReport(message.text()));
    }

    Reply onPhoto(Inbound message) {
        Draft d;
        try {
            d = photo(message);
        } catch (RuntimeException e) {
            return notSaved(message, e);
        }
        if (d.photoRefused() > 0) {
            return keepDrafting(message, stateOf(message.openid()), TicketReplies.PHOTO_LIMIT);
        }
        return finish(message, d, stateOf(message.openid()), "收到照片。");
    }

    Reply onLocation(Inbound message) {
        Draft d;
        try {
            d = tickets.addToDraft(message.openid(), DraftReading.wechatPlace(message));
        } catch (RuntimeException e) {
            return notSaved(message, e);
        }
        return finish(message, d, stateOf(message.openid()), "收到位置：" + DraftReading.label(message) + "。");
    }

    /** The one line a waiting draft adds to a reply about something else; empty when none waits. */
    Optional<String> reminder(String openid, String state) {
        if (state == null) {
            return Optional.empty();
        }
        if (CONFIRM.equals(state)) {
            return Optional.of(TicketReplies.REMIND_CONFIRM);
        }
        if (REVISE.equals(state)) {
            return Optional.of(TicketReplies.REVISE);
        }
        if (SamePlaceOffer.offered(state)) {
            return Optional.of(SamePlaceOffer.remind(SamePlaceOffer.place(state)));
        }
        return safeDraft(openid).map(d -> d.hasDescription() ? TicketReplies.REMIND_PLACE : TicketReplies.REMIND_WHAT);
    }

    private Optional<Reply> addIfFits(Inbound message, Draft d, String state, Analysis analysis) {
        String text = message.text().trim();
        if (!d.hasDescription()) {
            if (analysis.intent() == Intent.COMPLAINT) {
                return Optional.of(addWords(message, analysis, state, true));
            }
            if (DraftReading.looksLikeDescription(text, analysis)) {
                return Optional.of(addWords(message, analysis, UNSURE, true));
            }
            return Optional.empty();
        }
        if (analysis.intent() == Intent.COMPLAINT && DraftReading.anotherProblem(d, analysis)) {
            return Optional.empty(); // another problem, with its own place: reported on its own
        }
        if (PlaceReading.isPlace(text, analysis)) {
            boolean found = analysis.location() != null;
            String place = found ? analysis.location() : PlaceReading.fold(text).replaceFirst("^(?:在|就在|位于|地址[:：]?|位置[:：]?)", "");
            String words = found && !DraftReading.placeOnly(text, place) && analysis.intent() == Intent.COMPLAINT ? text : null;
            return Optional.of(add(message, DraftPart.words(words, analysis.category(), place), found ? state : UNSURE, ""));
        }
        if (analysis.intent() == Intent.COMPLAINT && !DraftReading.anotherProblem(d, analysis)) {
            return Optional.of(addWords(message, analysis, state, true));
        }
        if (PlaceReading.onlyPoints(text)) {
            return Optional.of(keepDrafting(message, state, TicketReplies.VAGUE_PLACE));
        }
        if (PlaceReading.notKnown(text) && !d.hasLocation()) {
            return Optional.of(keepDrafting(message, state, TicketReplies.PLACE_NOT_KNOWN));
        }
        return Optional.empty();
    }

    private Reply addWords(Inbound message, Analysis analysis, String state, boolean inDraft) {
        String text = message.text() == null ? "" : message.text().trim();
        String location = analysis.location();
        String words = DraftReading.placeOnly(text, location) ? null : text;
        return add(message, DraftPart.words(words, analysis.category(), location), state, "");
    }

    private Reply add(Inbound message, DraftPart part, String state, String ack) {
        Draft d;
        try {
            d = tickets.addToDraft(message.openid(), part);
        } catch (RuntimeException e) {
            return notSaved(message, e);
        }
        return finish(message, d, state, ack);
    }

    /** Files a complete draft (after a confirmation when it was read with doubt), else asks for what is missing. */
    private Reply finish(Inbound message, Draft d, String state, String ack) {
        if (d.complete() && !(ReportRequests.only(d.description()) && d.photos().isEmpty())) {
            return UNSURE.equals(state) ? confirmation.ask(message, d, ack) : file(message, false);
        }
        return askNext(message, d, state == null || CONFIRM.equals(state) || REVISE.equals(state) ? OPEN : state, ack);
    }

    /** The one question the draft needs answered; a place it lacks may be offered from the ticket just filed. */
    private Reply askNext(Inbound message, Draft d, String state, String ack) {
        boolean needsOnlyPlace = d.hasDescription() && !d.hasLocation() && !ReportRequests.only(d.description());
        if (OPEN.equals(state) && needsOnlyPlace) {
            Optional<String> place = afterFiling.recentPlace(message.openid());
            if (place.isPresent()) {
                return keepDrafting(message, SamePlaceOffer.state(place.get()),
                        ack + (ack.isEmpty() ? "收到。" : "") + SamePlaceOffer.ask(place.get()));
            }
        }
        return keepDrafting(message, state, ack + DraftReading.nextQuestion(d, ack.isEmpty()));
    }

    private Reply fileNow(Inbound message) {
        Optional<Draft> d = safeDraft(message.openid());
        if (d.isEmpty() || (!d.get().hasDescription() && d.get().photos().isEmpty())) {
            return keepDrafting(message, OPEN, TicketReplies.NOTHING_TO_FILE);
        }
        return file(message, true);
    }

    private Reply cancelDraft(Inbound message) {
        tickets.discardDraft(message.openid());
        sessions.slot(message.openid(), SessionStore.DRAFT, null);
        return Reply.text(TicketReplies.DRAFT_CANCELLED + bringBackParked(message.openid()));
    }

    private Reply file(Inbound message, boolean anyway) {
        Filing filing;
        try {
            filing = tickets.fileDraft(message.openid(), message.dedupKey(), anyway);
        } catch (RuntimeException e) {
            return notSaved(message, e);
        }
        return told(message, filing, null);
    }

    /** @param parkedWaits whether a draft set aside waits, when already known (null: look) */
    private Reply told(Inbound message, Filing filing, Boolean parkedWaits) {
        return switch (filing.outcome()) {
            case FILED, ALREADY_FILED -> {
                filed(message, filing);
                boolean cut = filing.draft() != null && filing.draft().truncated();
                yield Reply.text(TicketTexts.filed(filing.ticket()) + (cut ? TicketReplies.TRUNCATED : "")
                        + bringBackParked(message.openid(), parkedWaits));
            }
            case FOLLOWED -> {
                filed(message, filing);
                yield Reply.text(TicketTexts.followed(filing.ticket()) + bringBackParked(message.openid(), parkedWaits));
            }
            case INCOMPLETE -> askNext(message, filing.draft(), OPEN, "");
        };
    }

    private void filed(Inbound message, Filing filing) {
        sessions.slot(message.openid(), SessionStore.DRAFT, null);
        afterFiling.justFiled(message.openid(), filing.ticket().number());
    }

    /** A draft set aside for another problem comes back once that one is filed or cancelled. */
    private String bringBackParked(String openid) {
        return bringBackParked(openid, null);
    }

    private String bringBackParked(String openid, Boolean parkedWaits) {
        try {
            boolean waits = parkedWaits != null ? parkedWaits : tickets.hasParkedDraft(openid);
            if (!waits || !tickets.unparkDraft(openid)) {
                return "";
            }
            sessions.slot(openid, SessionStore.DRAFT, OPEN);
            return safeDraft(openid).map(d -> "\n" + TicketReplies.parkedWaiting(d)).orElse("");
        } catch (RuntimeException e) {
            log.warn("A parked draft could not be brought back: {}", e.toString());
            return "";
        }
    }

    private boolean parked(String openid) {
        try {
            return tickets.parkDraft(openid);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Reply keepDrafting(Inbound message, String state, String text) {
        sessions.slot(message.openid(), SessionStore.DRAFT, state == null ? OPEN : state);
        return Reply.text(text);
    }

    private Draft photo(Inbound message) {
        return tickets.addToDraft(message.openid(), DraftPart.photo(message.mediaId(), message.picUrl()));
    }

    private String stateOf(String openid) {
        String s = sessions.slot(openid, SessionStore.DRAFT);
        return s == null ? OPEN : s;
    }

    private Optional<Draft> safeDraft(String openid) {
        try {
            return tickets.draft(openid);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean isText(Inbound message) {
        return (message.kind() == MessageKind.TEXT || message.kind() == MessageKind.VOICE) && message.text() != null;
    }

    private Reply notSaved(Inbound message, RuntimeException e) {
        if (e instanceof PhotoLimitReached) {
            return Reply.text(TicketReplies.PHOTO_LIMIT);
        }
        log.error("Complaint from {} could not be stored: {}", LogSafe.openid(message.openid()), e.toString());
        return Reply.text(TicketReplies.NOT_SAVED);
    }
}
