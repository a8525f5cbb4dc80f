package org.civicchat.privacy;

import org.civicchat.nlp.Segmenter;
import org.civicchat.nlp.Token;

import java.util.List;

/**
 * Person names by HanLP's Chinese name recognition (the {@code nr*} natures of its segmentation): 张伟 becomes
 * 张*, 李秀英 李**. A word HanLP calls a name is kept when it is a place (it ends in, or is followed by, a word
 * like 路、村、小区: 金水路, 张家湾小区) or a surname with a title (刘主任, 周师傅, 张先生 name no one).
 * <p>
 * Not handled: names HanLP does not recognise (rare surnames, names run into the next word as in 李建国家),
 * names in Latin letters, nicknames.
 */
final class PersonNames {

    private static final String PLACE_ENDS = "路街道巷弄胡同村湾庄屯寨园苑府城镇乡区县市省州桥港湖河江山岭坡楼厦院馆店场站口门里坊湾塘堡营寺庙阁";
    private static final List<String> PLACE_WORDS = List.of("小区", "社区", "大街", "大道", "新村", "花园", "广场",
            "公园", "家园", "商场", "市场", "大厦", "中学", "小学", "医院", "菜场", "公寓", "街道", "片区");
    private static final List<String> TITLES = List.of("主任", "书记", "师傅", "先生", "女士", "小姐", "阿姨", "大爷",
            "大妈", "大姐", "大哥", "老师", "经理", "同志", "医生", "警官", "律师", "师父", "老板", "总", "工",
            "科长", "处长", "站长", "所长", "队长", "组长", "网格员", "老人", "奶奶", "爷爷");

    private final Segmenter segmenter;

    PersonNames(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    void find(String text, Spans spans) {
        if (!hasHan(text)) {
            return;
        }
        List<Token> tokens = segmenter.segment(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.nature().startsWith("nr") || !isName(t.word(), i + 1 < tokens.size() ? tokens.get(i + 1) : null)) {
                continue;
            }
            spans.add(t.start(), t.end(), t.word().charAt(0) + "*".repeat(t.word().length() - 1));
        }
    }

    private static boolean isName(String word, Token next) {
        if (word.length() < 2 || word.length() > 4 || !allHan(word)) {
            return false;
        }
        if (PLACE_ENDS.indexOf(word.charAt(word.length() - 1)) >= 0) {
            return false;
        }
        for (String title : TITLES) {
            if (word.endsWith(title)) {
                return false;
            }
        }
        if (next != null && !next.word().isEmpty()) {
            String w = next.word();
            if (PLACE_ENDS.indexOf(w.charAt(0)) >= 0 && w.length() == 1) {
                return false;
            }
            for (String place : PLACE_WORDS) {
                if (w.startsWith(place)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    private static boolean allHan(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.UnicodeScript.of(word.charAt(i)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
