package org.civicchat.ticket.duplicates;

import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;
import org.civicchat.nlp.Segmenter;

import java.util.List;

/**
 * The duplicate finder's analyzer, tested the Lucene way: exact tokens and offsets into the text as typed per
 * phenomenon, and random input. JUnit 4 through the vintage engine.
 */
public class SegmenterAnalyzerTest extends BaseTokenStreamTestCase {

    private SegmenterAnalyzer analyzer;

    @Override
    public void setUp() throws Exception {
        super.setUp();
        analyzer = new SegmenterAnalyzer(new Segmenter());
    }

    @Override
    public void tearDown() throws Exception {
        analyzer.close();
        super.tearDown();
    }

    public void testReportFillersPunctuationAndOneCharAdjectivesGo() throws Exception {
        assertAnalyzesTo(analyzer, "麻烦反映一下，路灯坏了好几天了",
                new String[] {"路灯", "好几"},
                new int[] {7, 11},
                new int[] {9, 13});
    }

    public void testFullWidthDigitsFoldAndOffsetsStayAsTyped() throws Exception {
        assertAnalyzesTo(analyzer, "锦绣家园６号楼門口的垃圾桶滿了",
                new String[] {"锦绣", "家园", "号楼", "门口", "垃圾桶"},
                new int[] {0, 2, 5, 7, 10},
                new int[] {2, 4, 7, 9, 13});
    }

    public void testTraditionalCharactersAreSimplified() throws Exception {
        assertAnalyzesTo(analyzer, "路燈不亮",
                new String[] {"路灯", "亮"},
                new int[] {0, 3},
                new int[] {2, 4});
    }

    public void testMixedLatinIsLowerCasedAndSplitFromChinese() throws Exception {
        assertAnalyzesTo(analyzer, "SUV堵了C口",
                new String[] {"suv", "堵", "c", "口"},
                new int[] {0, 3, 5, 6},
                new int[] {3, 4, 6, 7});
    }

    public void testEmojiAndFullWidthPunctuationAreDropped() throws Exception {
        assertAnalyzesTo(analyzer, "😡井盖！！没了？",
                new String[] {"井盖"},
                new int[] {2},
                new int[] {4});
    }

    public void testWordsGivesEachContentWordOnceInTextOrder() {
        assertEquals(List.of("垃圾桶", "人", "清理"), analyzer.words("垃圾桶满了，垃圾桶没人清理"));
    }

    public void testEmptyInputGivesNoTokens() throws Exception {
        assertTokenStreamContents(analyzer.tokenStream("f", ""), new String[0], new int[0], new int[0], 0);
    }

    public void testRandomStrings() throws Exception {
        checkRandomData(random(), analyzer, 200 * RANDOM_MULTIPLIER);
    }

    public void testRandomLongStrings() throws Exception {
        checkRandomData(random(), analyzer, 10 * RANDOM_MULTIPLIER, 4096);
    }
}
