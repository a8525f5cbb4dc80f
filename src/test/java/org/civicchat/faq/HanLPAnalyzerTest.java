package org.civicchat.faq;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.civicchat.nlp.Segmenter;
import org.civicchat.nlp.StopWords;

/**
 * Lucene-style tests of the FAQ analysis chain: exact tokens and offsets per phenomenon, and random input
 * (which also checks that the tokenizer clears attributes, resets and reports consistent offsets).
 * JUnit 4 through the vintage engine, because {@link BaseTokenStreamTestCase} is.
 */
public class HanLPAnalyzerTest extends BaseTokenStreamTestCase {

    private Analyzer words;
    private Analyzer bigrams;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        words = new HanLPAnalyzer(new Segmenter(), StopWords.defaults());
        bigrams = new CharBigramAnalyzer();
    }

    @Override
    public void tearDown() throws Exception {
        words.close();
        bigrams.close();
        super.tearDown();
    }

    public void testFullWidthDigitsFoldToAsciiAndKeepOriginalOffsets() throws Exception {
        assertAnalyzesTo(words, "光明路３２号的路灯坏了",
                new String[] {"光明", "路", "32", "号", "路灯", "坏"},
                new int[] {0, 2, 3, 5, 7, 9},
                new int[] {2, 3, 5, 6, 9, 10});
    }

    public void testFullWidthLatinAndIdeographicSpace() throws Exception {
        assertAnalyzesTo(words, "ＡＢＣ　１２３",
                new String[] {"abc", "123"},
                new int[] {0, 4},
                new int[] {3, 7});
    }

    public void testMixedLatinIsLowerCasedAndSplitFromChinese() throws Exception {
        assertAnalyzesTo(words, "WiFi密码123忘了",
                new String[] {"wifi", "密码", "123", "忘了"},
                new int[] {0, 4, 6, 9},
                new int[] {4, 6, 9, 11});
    }

    public void testUnknownWordFallsApartIntoCharacters() throws Exception {
        assertAnalyzesTo(words, "志原者怎么注册",
                new String[] {"志", "原", "者", "注册"},
                new int[] {0, 1, 2, 5},
                new int[] {1, 2, 3, 7});
    }

    public void testEmptyInputGivesNoTokens() throws Exception {
        assertNoTokens(words, "", 0);
        assertNoTokens(bigrams, "", 0);
    }

    public void testPunctuationAndBlanksOnlyGiveNoTokens() throws Exception {
        assertNoTokens(words, " ？！…… ", 6);
    }

    public void testEmojiIsDroppedAndOffsetsCountItsSurrogatePair() throws Exception {
        assertAnalyzesTo(words, "😀我想當志願者",
                new String[] {"当", "志愿者"},
                new int[] {4, 5},
                new int[] {5, 8});
    }

    public void testTraditionalCharactersAreSimplifiedBeforeSegmenting() throws Exception {
        assertAnalyzesTo(words, "創建工作是什麼？",
                new String[] {"创建", "工作"},
                new int[] {0, 2},
                new int[] {2, 4});
    }

    public void testStopWordsAndQuestionWordsAreDropped() throws Exception {
        assertAnalyzesTo(words, "请问这个办法有什么好处？",
                new String[] {"办法", "好处"},
                new int[] {4, 9},
                new int[] {6, 11});
    }

    public void testCompoundsAreSplitIntoTheirDictionaryWords() throws Exception {
        assertAnalyzesTo(words, "全国文明典范城市",
                new String[] {"全国", "文明", "典范", "城市"},
                new int[] {0, 2, 4, 6},
                new int[] {2, 4, 6, 8},
                new int[] {1, 1, 1, 1});
    }

    public void testBigramsBridgeWordBoundaries() throws Exception {
        assertAnalyzesTo(bigrams, "公筷公勺？",
                new String[] {"公筷", "筷公", "公勺"},
                new int[] {0, 1, 2},
                new int[] {2, 3, 4});
    }

    public void testBigramsKeepLoneHanAndLatinRuns() throws Exception {
        assertAnalyzesTo(bigrams, "狗 WiFi密码３２",
                new String[] {"狗", "wifi", "密码", "32"},
                new int[] {0, 2, 6, 8},
                new int[] {1, 6, 8, 10});
    }

    public void testBigramsOfTraditionalTextWithEmoji() throws Exception {
        assertAnalyzesTo(bigrams, "😀志願者",
                new String[] {"志愿", "愿者"},
                new int[] {2, 3},
                new int[] {4, 5});
    }

    public void testRandomStrings() throws Exception {
        checkRandomData(random(), words, 200 * RANDOM_MULTIPLIER);
        checkRandomData(random(), bigrams, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomLongStrings() throws Exception {
        checkRandomData(random(), words, 10 * RANDOM_MULTIPLIER, 4096);
        checkRandomData(random(), bigrams, 10 * RANDOM_MULTIPLIER, 4096);
    }

    private static void assertNoTokens(Analyzer analyzer, String text, int finalOffset) throws Exception {
        assertTokenStreamContents(analyzer.tokenStream("f", text), new String[0], new int[0], new int[0],
                finalOffset);
    }
}
