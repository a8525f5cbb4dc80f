package org.civicchat.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text holds a word typed with another character of the same sound, as pinyin input slips make them
 * (问倦 for 问卷, 文卷, 问juan): the tones are ignored and the syllables must match in order; a run of Latin letters
 * counts as one syllable. For short command words only: the longer the word list, the more unrelated texts share
 * a word's sounds.
 */
final class SoundAlikes {

    private static final Pattern PARTS = Pattern.compile("([a-zA-Z]+)|[^a-zA-Z]+");

    private SoundAlikes() {
    }

    static boolean contains(String text, String word) {
        if (text.contains(word)) {
            return true;
        }
        List<String> wanted = syllables(word);
        if (wanted.contains(Pinyin.none5.getPinyinWithoutTone())) {
            return false;
        }
        List<String> typed = syllables(text);
        for (int start = 0; start + wanted.size() <= typed.size(); start++) {
            if (typed.subList(start, start + wanted.size()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** The toneless syllable of each Chinese character; a run of Latin letters (问juan) counts as one syllable. */
    private static List<String> syllables(String text) {
        List<String> syllables = new ArrayList<>();
        Matcher parts = PARTS.matcher(text);
        while (parts.find()) {
            if (parts.group(1) != null) {
                syllables.add(parts.group(1).toLowerCase(Locale.ROOT));
            } else {
                HanLP.convertToPinyinList(parts.group()).forEach(p -> syllables.add(p.getPinyinWithoutTone()));
            }
        }
        return syllables;
    }
}
