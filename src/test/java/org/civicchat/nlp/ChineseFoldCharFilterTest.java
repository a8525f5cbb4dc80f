package org.civicchat.nlp;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.apache.lucene.tests.analysis.MockTokenizer;

import java.io.Reader;
import java.io.StringReader;

/**
 * The one fold as a Lucene char filter, tested the Lucene way: exact tokens and offsets into the text as typed
 * per phenomenon (behind a white-space tokenizer, so only the fold is under test), random input, and the same
 * folded text as the chat's {@link TextNormalizer}. JUnit 4 through the vintage engine.
 */
public class ChineseFoldCharFilterTest extends BaseTokenStreamTestCase {

    private Analyzer folding;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        folding = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                return new TokenStreamComponents(new MockTokenizer(MockTokenizer.WHITESPACE, false));
            }

            @Override
            protected Reader initReader(String fieldName, Reader reader) {
                return new ChineseFoldCharFilter(reader);
            }
        };
    }

    @Override
    public void tearDown() throws Exception {
        folding.close();
        super.tearDown();
    }

    public void testFullWidthLatinDigitsAndIdeographicSpaceFoldToAscii() throws Exception {
        assertAnalyzesTo(folding, "ＡＢＣ　１２３号",
                new String[] {"abc", "123号"},
                new int[] {0, 4},
                new int[] {3, 8});
    }

    public void testTraditionalCharactersAreSimplifiedInPlace() throws Exception {
        assertAnalyzesTo(folding, "長安路 北段的路燈",
                new String[] {"长安路", "北段的路灯"},
                new int[] {0, 4},
                new int[] {3, 9});
    }

    public void testMixedDigitsAndLatinAreLowerCasedAndKeptTogether() throws Exception {
        assertAnalyzesTo(folding, "WM20261125-0007 WiFi密码",
                new String[] {"wm20261125-0007", "wifi密码"},
                new int[] {0, 16},
                new int[] {15, 22});
    }

    public void testFullWidthPunctuationFoldsToAscii() throws Exception {
        assertAnalyzesTo(folding, "你好，青年路！",
                new String[] {"你好,青年路!"},
                new int[] {0},
                new int[] {7});
    }

    public void testEmojiAreDroppedAndOffsetsSkipTheirSurrogatePairs() throws Exception {
        assertAnalyzesTo(folding, "青年路😡😡 井盖",
                new String[] {"青年路", "井盖"},
                new int[] {0, 8},
                new int[] {3, 10});
    }

    public void testRunsOfSpacesCollapseAndLeadingSpacesGo() throws Exception {
        assertAnalyzesTo(folding, "  路灯 \t\n 坏了",
                new String[] {"路灯", "坏了"},
                new int[] {2, 8},
                new int[] {4, 10});
    }

    public void testEmptyAndBlankInputGiveNoTokensAndTheInputLengthAsFinalOffset() throws Exception {
        assertTokenStreamContents(folding.tokenStream("f", ""), new String[0], new int[0], new int[0], 0);
        assertTokenStreamContents(folding.tokenStream("f", " 😀 "), new String[0], new int[0], new int[0], 4);
    }

    public void testTheCharFilterReadsExactlyWhatTheChatsNormaliserGives() throws Exception {
        for (String text : new String[] {"光明路３２號門口😀😀 有  垃圾", "ＷＭ２０２６１１２５－０００７", "\u200b你好\u3000小助手！",
                "長安路北段的路燈全黑了～～", ""}) {
            assertEquals(text, TextNormalizer.normalize(text), readAll(new ChineseFoldCharFilter(new StringReader(text))));
        }
    }

    public void testRandomStrings() throws Exception {
        checkRandomData(random(), folding, 300 * RANDOM_MULTIPLIER);
    }

    public void testRandomLongStrings() throws Exception {
        checkRandomData(random(), folding, 10 * RANDOM_MULTIPLIER, 4096);
    }

    private static String readAll(CharFilter filter) throws Exception {
        StringBuilder out = new StringBuilder();
        char[] chunk = new char[3];
        int n;
        while ((n = filter.read(chunk, 0, chunk.length)) != -1) {
            out.append(chunk, 0, n);
        }
        return out.toString();
    }
}
