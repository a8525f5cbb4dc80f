package org.civicchat.nlp;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A few content words of a message: nouns, verbal nouns, longer verbs and our campaign words, minus HanLP's
 * stop words and words too general to search for. Longer words win when there are too many; the result keeps
 * text order. TextRank was tried and adds nothing on one-sentence messages, where every word occurs once.
 */
final class KeywordExtractor {

    private static final int MAX_KEYWORDS = 5;
    private static final Set<String> TOO_GENERAL = Set.of(
            "问题", "情况", "事情", "东西", "时候", "地方", "有人", "一下", "这个", "那个", "现在", "怎么",
            "什么", "我们", "你们", "大家", "人", "事", "天", "时间", "谢谢", "你好", "请问", "希望", "麻烦");

    List<String> extract(List<Token> tokens) {
        Set<String> candidates = new LinkedHashSet<>();
        for (Token token : tokens) {
            if (isContentWord(token)) {
                candidates.add(token.word());
            }
        }
        if (candidates.size() <= MAX_KEYWORDS) {
            return List.copyOf(candidates);
        }
        List<String> ordered = new ArrayList<>(candidates);
        List<String> longest = new ArrayList<>(ordered);
        longest.sort(Comparator.comparingInt(String::length).reversed());
        Set<String> kept = Set.copyOf(longest.subList(0, MAX_KEYWORDS));
        ordered.removeIf(word -> !kept.contains(word));
        return List.copyOf(ordered);
    }

    private static boolean isContentWord(Token token) {
        String word = token.word();
        String nature = token.nature();
        if (TOO_GENERAL.contains(word) || !word.chars().allMatch(Character::isLetterOrDigit)
                || word.chars().allMatch(Character::isDigit)) {
            return false;
        }
        boolean content = nature.startsWith("n") || nature.equals("vn") || nature.startsWith("g")
                || (nature.startsWith("v") && word.length() >= 2);
        return content && !CoreStopWordDictionary.contains(word);
    }
}
