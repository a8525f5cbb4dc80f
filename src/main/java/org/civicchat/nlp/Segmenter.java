package org.civicchat.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.List;

/** HanLP segmentation with offsets. Thread-safe: HanLP's viterbi segment keeps no per-call state. */
public final class Segmenter {

    private final Segment segment = HanLP.newSegment()
            .enableOffset(true)
            .enableCustomDictionary(true);

    public List<Token> segment(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        for (Term term : segment.seg(text)) {
            String nature = term.nature == null ? "x" : term.nature.toString();
            tokens.add(new Token(term.word, nature, term.offset, term.offset + term.word.length()));
        }
        return tokens;
    }
}
