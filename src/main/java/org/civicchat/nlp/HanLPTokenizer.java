package org.civicchat.nlp;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The one HanLP tokenizer of CivicChat (the FAQ index and the duplicate finder): words through
 * {@link Segmenter}, the token type being HanLP's part of speech ({@code n}, {@code v}, {@code w} for
 * punctuation...). Offsets are corrected through the char filters before it. Each token clears the attributes
 * and {@link #reset} forgets the previous text.
 *
 * <p>It does not handle: dropping emoji or collapsing spaces (put {@link ChineseFoldCharFilter} before it; it
 * still segments unfolded text as its folded form), punctuation and stop words (emitted, with type {@code w}
 * for punctuation, for a filter to drop) or very long inputs: the whole input is read and segmented at once.
 * White space is never emitted.
 */
public final class HanLPTokenizer extends Tokenizer {

    private final Segmenter segmenter;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private List<Token> tokens = List.of();
    private int next;
    private int length;
    private boolean segmented;

    public HanLPTokenizer(Segmenter segmenter) {
        this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!segmented) {
            String text = readAll();
            length = text.length();
            tokens = segmenter.segment(text);
            segmented = true;
        }
        while (next < tokens.size()) {
            Token token = tokens.get(next++);
            if (token.word().isBlank()) {
                continue;
            }
            clearAttributes();
            termAtt.setEmpty().append(token.word());
            offsetAtt.setOffset(correctOffset(token.start()), correctOffset(token.end()));
            typeAtt.setType(token.nature());
            return true;
        }
        return false;
    }

    @Override
    public void end() throws IOException {
        super.end();
        int finalOffset = correctOffset(length);
        offsetAtt.setOffset(finalOffset, finalOffset);
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        tokens = List.of();
        next = 0;
        length = 0;
        segmented = false;
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[1024];
        int n;
        while ((n = input.read(chunk)) != -1) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }
}
