package org.civicchat.nlp;

import com.hankcs.hanlp.corpus.synonym.Synonym;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words residents use for the same thing, for query expansion: our campaign groups of
 * {@code nlp/synonyms.txt} first, then HanLP's equal-meaning group from its CoreSynonym dictionary.
 * HanLP's looser groups ("#" related, "@" alone) are left out: they expand 志愿者 to 献血者. So are its large
 * groups and one-char members, which drift (垃圾 = 排泄物, 街 = 逵) and would flood a search query.
 * Building one loads HanLP's synonym dictionary (about half a second); share the instance.
 */
@Component
public final class Synonyms {

    static final String RESOURCE = "/nlp/synonyms.txt";
    private static final int MAX_HANLP_GROUP = 8;

    private final Map<String, List<List<String>>> groupsByWord = new HashMap<>();

    public Synonyms() {
        for (String line : WordFile.fromClasspath(RESOURCE).entries("")) {
            List<String> group = List.of(WordFile.fields(TextNormalizer.normalize(line)));
            for (String word : group) {
                groupsByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(group);
            }
        }
        CoreSynonymDictionary.get("文明");
    }

    /** Other words for {@code word} (normalised first), ours before HanLP's; empty when none are known. */
    public List<String> synonymsOf(String word) {
        String normalized = TextNormalizer.normalize(word);
        if (normalized.isEmpty()) {
            return List.of();
        }
        Set<String> synonyms = new LinkedHashSet<>();
        for (List<String> group : groupsByWord.getOrDefault(normalized, List.of())) {
            synonyms.addAll(group);
        }
        CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(normalized);
        if (item != null && item.type == Synonym.Type.EQUAL && item.synonymList != null
                && item.synonymList.size() <= MAX_HANLP_GROUP) {
            for (Synonym synonym : item.synonymList) {
                if (synonym.realWord.length() > 1) {
                    synonyms.add(synonym.realWord);
                }
            }
        }
        synonyms.remove(normalized);
        return List.copyOf(synonyms);
    }
}
