package org.civicchat.faq;

import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

/**
 * What the FAQ makes of a resident's question; {@link FaqService#render(FaqDecision)} turns it into the reply.
 *
 * @param question   the text as asked
 * @param confidence how sure the FAQ is of its best match, 0..1 (for REFUSE: of the best rejected match)
 * @param candidates ANSWER: the answered entry; CLARIFY: the 2 or 3 entries offered, in the order numbered;
 *                   otherwise empty
 * @param entry      the answer for ANSWER, else null
 * @param passage    the passage to quote for PASSAGE, else null
 * @param unanswered for CLARIFY, what the question asks about that the offered entries do not cover (猫 beside the
 *                   entries on dogs, 隔壁市), else null
 */
public record FaqDecision(Kind kind, String question, double confidence, List<FaqCandidate> candidates,
                          @Nullable FaqEntry entry, @Nullable SeedPassage passage, @Nullable String unanswered) {

    public enum Kind {
        /** One entry answers the question with confidence. */
        ANSWER,
        /** A few entries come close: the resident picks one by its number. */
        CLARIFY,
        /** No entry fits, but a passage of a policy document does: it is quoted, naming the document. */
        PASSAGE,
        /** Nothing comes close: the question goes to the civility office's staff. */
        REFUSE
    }

    public FaqDecision {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
        candidates = List.copyOf(candidates);
        if ((kind == Kind.ANSWER) != (entry != null)) {
            throw new IllegalArgumentException("an entry goes with ANSWER only, got " + kind);
        }
        if ((kind == Kind.PASSAGE) != (passage != null)) {
            throw new IllegalArgumentException("a passage goes with PASSAGE only, got " + kind);
        }
        if (unanswered != null && kind != Kind.CLARIFY) {
            throw new IllegalArgumentException("what is not covered goes with CLARIFY only, got " + kind);
        }
    }

    public FaqDecision(Kind kind, String question, double confidence, List<FaqCandidate> candidates,
                       @Nullable FaqEntry entry, @Nullable SeedPassage passage) {
        this(kind, question, confidence, candidates, entry, passage, null);
    }
}
