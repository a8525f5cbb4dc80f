package org.civicchat.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/**
 * HanLP segmentation with the campaign dictionary and exact offsets. The text is folded char by char
 * (full-width, traditional, upper case) before HanLP sees it, so 長安路 segments like 长安路; each
 * {@link Token#word()} is still the input's own substring at {@code [start, end)}.
 * Thread-safe: HanLP's viterbi segment keeps no per-call state. It does not drop emoji or spaces; they come
 * back as tokens of their own.
 */
public final class Segmenter {

    private final Segment segment;

    /** A segmenter with the default campaign dictionary and gazetteer. */
    public Segmenter() {
        this(CampaignDictionary.shared());
    }

    Segmenter(CampaignDictionary dictionary) {
        this.segment = HanLP.newSegment()
                .enableOffset(true)
                .enableCustomDictionary(dictionary.hanlpDictionary());
    }

    public List<Token> segment(String text) {
        if (text == null || text.isEmpty()) {
            return new ArrayList<>();
        }
        return segmentFolded(text, TextNormalizer.foldChars(text));
    }

    /** Segments text that is already normalised; words are then normalised words. */
    List<Token> segmentNormalized(String normalized) {
        if (normalized.isEmpty()) {
            return new ArrayList<>();
        }
        return segmentFolded(normalized, normalized);
    }

    private List<Token> segmentFolded(String original, String folded) {
        List<Token> tokens = new ArrayList<>();
        int cursor = 0;
        for (Term term : segment.seg(folded)) {
            int start = folded.startsWith(term.word, term.offset) ? term.offset : folded.indexOf(term.word, cursor);
            if (start < 0) {
                continue;
            }
            int end = start + term.word.length();
            String nature = term.nature == null ? "x" : term.nature.toString();
            tokens.add(new Token(original.substring(start, end), nature, start, end));
            cursor = end;
        }
        return tokens;
    }
}
