package org.civicchat.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IOUtil;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The concrete part of HanLP's extended 同义词词林 (classes A, people, and B, things), with every code of every
 * word: 狗 is both {@code Bi07B01=} (dogs) and a zodiac sign, and the thesaurus HanLP exposes keeps only one.
 * Codes place a word in a five-level tree ({@code B}, {@code Bi}, {@code Bi07}, {@code Bi07B}, {@code Bi07B01}),
 * which is what tells a sibling (猫 beside 狗) from a synonym or a broader word.
 */
public final class Thesaurus {

    private static final class Holder {
        static final Thesaurus SHARED = load();
    }

    private final Map<String, List<ThesaurusCode>> codes;

    Thesaurus(Map<String, List<ThesaurusCode>> codes) {
        this.codes = Map.copyOf(codes);
    }

    /** The bundled thesaurus, read once (about a tenth of a second). */
    public static Thesaurus shared() {
        return Holder.SHARED;
    }

    /** The codes of a word naming a person or a thing, empty when the thesaurus does not know it as one. */
    public List<ThesaurusCode> codesOf(String word) {
        return codes.getOrDefault(word, List.of());
    }

    private static Thesaurus load() {
        Map<String, List<ThesaurusCode>> codes = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                IOUtil.newInputStream(HanLP.Config.CoreSynonymDictionaryDictionaryPath), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(" ");
                if (fields.length < 2 || !ThesaurusCode.isCode(fields[0])) {
                    continue;
                }
                ThesaurusCode code = new ThesaurusCode(fields[0]);
                if (!code.namesPersonOrThing()) {
                    continue;
                }
                for (int i = 1; i < fields.length; i++) {
                    codes.computeIfAbsent(fields[i], word -> new ArrayList<>(1)).add(code);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read HanLP's thesaurus", e);
        }
        codes.replaceAll((word, list) -> List.copyOf(list));
        return new Thesaurus(codes);
    }
}
