package org.civicchat.faq;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.civicchat.nlp.Segmenter;
import org.civicchat.nlp.Token;

import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * Splits text into words with HanLP (through {@link Segmenter}); the token type is HanLP's part of speech
 * ({@code n}, {@code v}, {@code w} for punctuation...). Offsets are corrected through the char filters before it.
 *
 * <p>It does not handle: folding (full-width, traditional, case: put {@link FoldingCharFilter} before it),
 * punctuation and stop words (emitted; {@link PunctuationStopFilter} drops them) or very long inputs: the whole
 * input is read and segmented at once. White space is never emitted.
 */
final class HanLPTokenizer extends Tokenizer {

    private final Segmenter segmenter;
    private final CharTermAttribute termAtt = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsetAtt = addAttribute(OffsetAttribute.class);
    private final TypeAttribute typeAtt = addAttribute(TypeAttribute.class);

    private List<Token> tokens = List.of();
    private int next;
    private int length;
    private boolean segmented;

    HanLPTokenizer(Segmenter segmenter) {
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
