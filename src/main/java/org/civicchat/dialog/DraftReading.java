package org.civicchat.dialog;

import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.Intent;
import org.civicchat.nlp.ReportRequests;
import org.civicchat.ticket.Draft;
import org.civicchat.ticket.DraftPart;

/**
 * How the complaint chat reads a message against a waiting draft: whether words describe a problem, whether
 * they are another problem than the draft's, whether a text names only its place, and the one question to
 * ask next. Pure functions; the draft's state is {@link ComplaintConversation}'s.
 */
final class DraftReading {

    private DraftReading() {
    }

    /** At most one question: the problem first, then the place. */
    static String nextQuestion(Draft d, boolean acknowledge) {
        if (!d.hasDescription() || ReportRequests.only(d.description())) {
            return acknowledge ? TicketReplies.ASK_WHAT : TicketReplies.WHAT; // 我要投诉: what, before where
        }
        if (!d.hasLocation()) {
            return (d.truncated() ? "内容已收到（较长，已保留前1000字）。" : acknowledge ? "收到。" : "") + TicketReplies.ASK_WHERE;
        }
        return acknowledge ? TicketReplies.ASK_WHAT : TicketReplies.WHAT;
    }

    /** Words that describe a problem though the understanding did not call them a complaint. */
    static boolean looksLikeDescription(String text, Analysis analysis) {
        String s = PlaceReading.fold(text);
        return s.length() >= 3 && analysis.intent() == Intent.OTHER && !PlaceReading.isQuestion(s)
                && SmallTalk.read(text).isEmpty() && !CancelWords.matches(text) && !PlaceReading.onlyPoints(text);
    }

    /** Words of another category than the waiting draft's: a second problem, not more of the first. */
    static boolean anotherProblem(Draft d, Analysis analysis) {
        return d.hasDescription() && d.category() != null && analysis.category() != null
                && !"other".equals(d.category()) && !"other".equals(analysis.category())
                && !d.category().equals(analysis.category());
    }

    /** The text names a place and (nearly) nothing else: "桃园小区南边", "在滨河路17号". */
    static boolean placeOnly(String text, String location) {
        if (location == null || location.isBlank()) {
            return false;
        }
        String rest = text.replace(location, "").replaceAll("[\\s\\p{P}在是就那这里边旁附近门口对面东南西北侧头角]", "");
        return rest.length() <= 1;
    }

    static DraftPart wechatPlace(Inbound message) {
        return new DraftPart(null, null, label(message), message.latitude(), message.longitude(), null, null);
    }

    static String label(Inbound message) {
        return message.label() == null || message.label().isBlank() ? "微信位置" : message.label();
    }
}
