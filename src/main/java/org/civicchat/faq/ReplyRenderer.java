package org.civicchat.faq;

import java.util.List;

/** The reply texts of the FAQ: short Simplified Chinese for a phone screen. */
final class ReplyRenderer {

    static final String CLARIFY_HEAD = "您是想问：";
    static final String CLARIFY_TAIL = "请回复序号，我来为您解答。";
    /** Before the related entries, when the question asks about something none of them covers; %s is that thing. */
    static final String UNANSWERED_HEAD = "关于“%s”暂时没有现成的解答，您的问题已转给区文明办的工作人员。以下问题可能相关：";
    static final String UNANSWERED_TAIL = "回复序号可查看解答。";
    static final String REFUSE = "抱歉，暂时没有找到这个问题的答案。您的问题已转给区文明办的工作人员，"
            + "他们会据此完善解答。如需反映身边的城市问题，可直接发送文字、照片或位置。";
    static final String PASSAGE_HEAD = "暂时没有现成的解答，以下内容供您参考：";
    /** Longest quote of a passage, in characters, before it is cut with an ellipsis. */
    static final int QUOTE_CHARS = 100;

    private ReplyRenderer() {
    }

    static String render(FaqDecision decision) {
        return switch (decision.kind()) {
            case ANSWER -> answer(decision.entry());
            case CLARIFY -> decision.unanswered() == null ? clarify(decision.candidates())
                    : numbered(UNANSWERED_HEAD.formatted(decision.unanswered()), decision.candidates(), UNANSWERED_TAIL);
            case PASSAGE -> passage(decision.passage());
            case REFUSE -> REFUSE;
        };
    }

    static String answer(FaqEntry entry) {
        StringBuilder reply = new StringBuilder(entry.answer().strip());
        if (entry.next() != null) {
            reply.append("\n\n").append(entry.next());
        }
        for (FaqLink link : entry.links()) {
            reply.append('\n').append(link.title().equals(link.url()) ? link.url() : link.title() + "：" + link.url());
        }
        return reply.toString();
    }

    static String clarify(List<FaqCandidate> candidates) {
        return numbered(CLARIFY_HEAD, candidates, CLARIFY_TAIL);
    }

    private static String numbered(String head, List<FaqCandidate> candidates, String tail) {
        StringBuilder reply = new StringBuilder(head);
        for (int i = 0; i < candidates.size(); i++) {
            reply.append('\n').append(i + 1).append(". ").append(candidates.get(i).question());
        }
        return reply.append('\n').append(tail).toString();
    }

    static String passage(SeedPassage passage) {
        return PASSAGE_HEAD + "\n《" + passage.documentTitle() + "》中提到：“" + quote(passage.text()) + "”";
    }

    /** The passage with the document's redaction marks shown as ××, cut to {@link #QUOTE_CHARS}. */
    static String quote(String text) {
        String shown = text.replaceAll("\\*+", "××").strip();
        return shown.length() <= QUOTE_CHARS ? shown : shown.substring(0, QUOTE_CHARS - 1) + "…";
    }
}
