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
 * the words of every way of asking an entry, and adjacent pairs of them, by their toneless pinyin. A sound shared by
 * two different wordings goes to the one used at least {@link #MAJORITY} times as often (测评 over the typo 测平 that
 * some of our wordings keep on purpose), and is dropped as ambiguous otherwise.
 *
 * <p>It does not handle: slips that change the sound ({@code 垃圾分累}), tones, single characters, non-Han text.
 */
final class PinyinRepair {

    static final int MAX_CHARS = 5;
    static final int MAJORITY = 3;

    private final Map<String, List<String>> formBySound = new HashMap<>();

    /** @param wordings the analyzed tokens of every way of asking every entry */
    PinyinRepair(Collection<List<String>> wordings) {
        Map<String, Map<List<String>, Integer>> uses = new HashMap<>();
        for (List<String> tokens : wordings) {
            for (int i = 0; i < tokens.size(); i++) {
                learn(List.of(tokens.get(i)), uses);
                if (i + 1 < tokens.size()) {
                    learn(List.of(tokens.get(i), tokens.get(i + 1)), uses);
                }
            }
        }
        uses.forEach((sound, forms) -> majority(forms).ifPresent(form -> formBySound.put(sound, form)));
    }

    private static void learn(List<String> form, Map<String, Map<List<String>, Integer>> uses) {
        String text = String.join("", form);
        if (text.length() < 2 || text.length() > MAX_CHARS || !allHan(text)) {
            return;
        }
        uses.computeIfAbsent(sound(text), sound -> new HashMap<>()).merge(form, 1, Integer::sum);
    }

    /** The form used {@link #MAJORITY} times as often as any other of the same sound; ties of counts go to none. */
    private static java.util.Optional<List<String>> majority(Map<List<String>, Integer> forms) {
        List<Map.Entry<List<String>, Integer>> byUse = forms.entrySet().stream()
                .sorted(Map.Entry.<List<String>, Integer>comparingByValue().reversed()).toList();
        boolean clear = byUse.size() == 1 || byUse.get(0).getValue() >= MAJORITY * byUse.get(1).getValue();
        return clear ? java.util.Optional.of(byUse.get(0).getKey()) : java.util.Optional.empty();
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
