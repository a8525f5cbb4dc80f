package org.civicchat.ticket.duplicates;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.civicchat.nlp.Segmenter;
import org.civicchat.nlp.TextNormalizer;
import org.civicchat.nlp.Token;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Set;

/**
 * Chinese words for comparing complaint texts: HanLP segmentation of the normalised text, keeping content
 * words (nouns, verbs, words of two or more characters) and dropping punctuation and function words. Offsets
 * refer to the normalised text. It does not handle synonyms (坏了/不亮) or stemming.
 */
final class SegmenterAnalyzer extends Analyzer {

    private static final Set<String> STOP = Set.of("的", "了", "是", "在", "有", "很", "都", "也", "和", "就", "还",
            "我", "我们", "你", "你们", "他", "这", "那", "这个", "那个", "一个", "请", "麻烦", "一下", "希望", "反映",
            "问题", "情况", "现在", "已经", "没有", "不", "太", "好", "吧", "啊", "呢", "吗");

    private final Segmenter segmenter;

    SegmenterAnalyzer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new WordTokenizer(segmenter));
    }

    /** The content words of a text, as this analyzer keeps them. */
    List<String> words(String text) {
        return segmenter.segment(TextNormalizer.normalize(text)).stream()
                .filter(SegmenterAnalyzer::keep).map(Token::word).distinct().toList();
    }

    static boolean keep(Token t) {
        String w = t.word().trim();
        if (w.isEmpty() || STOP.contains(w) || t.nature().startsWith("w")) {
            return false;
        }
        if (!w.codePoints().allMatch(Character::isLetterOrDigit)) {
            return false;
        }
        return w.length() >= 2 || t.nature().startsWith("n") || t.nature().startsWith("v");
    }

    private static final class WordTokenizer extends Tokenizer {
        private final Segmenter segmenter;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private List<Token> tokens;
        private int next;
        private int length;

        WordTokenizer(Segmenter segmenter) {
            this.segmenter = segmenter;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (tokens == null) {
                String text = TextNormalizer.normalize(readAll(input));
                length = text.length();
                tokens = segmenter.segment(text).stream().filter(SegmenterAnalyzer::keep).toList();
            }
            if (next >= tokens.size()) {
                return false;
            }
            clearAttributes();
            Token t = tokens.get(next++);
            term.append(t.word());
            offset.setOffset(correctOffset(t.start()), correctOffset(t.end()));
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(correctOffset(length), correctOffset(length));
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            tokens = null;
            next = 0;
            length = 0;
        }

        private static String readAll(Reader reader) throws IOException {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[1024];
            int n;
            while ((n = reader.read(buf)) != -1) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }
}
