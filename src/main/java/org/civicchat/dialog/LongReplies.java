package org.civicchat.dialog;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Keeps passive replies under WeChat's 2048-byte limit: a longer text is cut at a sentence end, with a
 * pointer; the rest waits in the session and "更多" shows it.
 */
final class LongReplies {

    static final String FLOW = "more";
    static final int MAX_BYTES = 2000;
    static final String POINTER = "\n（内容较长，回复“更多”查看余下部分）";
    private static final String SENTENCE_ENDS = "。！？；\n";

    private LongReplies() {
    }

    static Reply fit(String openid, Reply reply, SessionStore sessions) {
        if (bytes(reply.text()) <= MAX_BYTES) {
            return reply;
        }
        int cut = cutPoint(reply.text(), MAX_BYTES - bytes(POINTER));
        sessions.open(openid, new SessionStore.OpenFlow(FLOW, reply.text().substring(cut)));
        return Reply.text(reply.text().substring(0, cut) + POINTER);
    }

    static Optional<Reply> continueFlow(Inbound message, SessionStore.OpenFlow flow, SessionStore sessions) {
        String text = message.text() == null ? "" : message.text().trim();
        if (!text.equals("更多")) {
            sessions.close(message.openid());
            return Optional.empty();
        }
        sessions.close(message.openid());
        return Optional.of(Reply.text(flow.data()));
    }

    /** The largest prefix within the budget, ending after a sentence end when there is one. */
    static int cutPoint(String text, int budgetBytes) {
        int used = 0;
        int lastFit = 0;
        int lastSentence = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budgetBytes) {
                break;
            }
            used += size;
            i += Character.charCount(cp);
            lastFit = i;
            if (SENTENCE_ENDS.indexOf(cp) >= 0) {
                lastSentence = i;
            }
        }
        return lastSentence > 0 ? lastSentence : lastFit;
    }

    private static int bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
