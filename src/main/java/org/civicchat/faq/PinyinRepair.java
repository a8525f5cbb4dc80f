package org.civicchat.faq;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognises words of the FAQ typed with other characters of the same sound, the usual slip of a pinyin input
 * method: {@code 志原者} for {@code 志愿者}, {@code 侧评} for {@code 测评}, {@code 时间站} for {@code 实践站}. It knows
 * the words of every way of asking an entry, and adjacent pairs of them, by their toneless pinyin; a sound shared by
 * two different wordings is dropped as ambiguous.
 *
 * <p>It does not handle: slips that change the sound ({@code 垃圾分累}), tones, single characters, non-Han text.
 */
final class PinyinRepair {

    static final int MAX_CHARS = 5;

    private final Map<String, List<String>> formBySound = new HashMap<>();

    /** @param wordings the analyzed tokens of every way of asking every entry */
    PinyinRepair(Collection<List<String>> wordings) {
        Set<String> ambiguous = new HashSet<>();
        for (List<String> tokens : wordings) {
            for (int i = 0; i < tokens.size(); i++) {
                learn(List.of(tokens.get(i)), ambiguous);
                if (i + 1 < tokens.size()) {
                    learn(List.of(tokens.get(i), tokens.get(i + 1)), ambiguous);
                }
            }
        }
        ambiguous.forEach(formBySound::remove);
    }

    private void learn(List<String> form, Set<String> ambiguous) {
        String text = String.join("", form);
        if (text.length() < 2 || text.length() > MAX_CHARS || !allHan(text)) {
            return;
        }
        List<String> earlier = formBySound.putIfAbsent(sound(text), form);
        if (earlier != null && !earlier.equals(form)) {
            ambiguous.add(sound(text));
        }
    }

    /** The tokens of the FAQ wording that sounds like {@code text}, or null. */
    List<String> formSoundingLike(String text) {
        if (text.length() < 2 || text.length() > MAX_CHARS || !allHan(text)) {
            return null;
        }
        return formBySound.get(sound(text));
    }

    static String sound(String text) {
        StringBuilder sound = new StringBuilder(text.length() * 5);
        for (Pinyin pinyin : HanLP.convertToPinyinList(text)) {
            if (sound.length() > 0) {
                sound.append(' ');
            }
            sound.append(pinyin.getPinyinWithoutTone());
        }
        return sound.toString();
    }

    private static boolean allHan(String text) {
        return text.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
