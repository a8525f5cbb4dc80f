package org.civicchat.faq;

import com.hankcs.hanlp.corpus.synonym.Synonym;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import org.civicchat.shared.SpareCores;

import java.util.ArrayList;
import java.util.List;

/**
 * The default {@link FaqSynonyms}: HanLP's {@link CoreSynonymDictionary} (an extended 同义词词林), keeping only
 * groups of true synonyms ({@code =}) that are small, and only words of two characters or more: its large groups
 * and single characters ({@code 城市} = {@code 都}, {@code 邑}...) would match almost anything.
 */
final class HanLPSynonyms implements FaqSynonyms {

    /** Groups larger than this are too loose to widen a search with. */
    static final int MAX_GROUP = 8;

    /**
     * Starts reading HanLP's synonym dictionary (about half a second) on a spare core, so that start-up goes on
     * meanwhile and the first question does not wait for it; without a spare core it is read on first use.
     */
    HanLPSynonyms() {
        SpareCores.trySupply(() -> CoreSynonymDictionary.get("文明"));
    }

    @Override
    public List<String> of(String word) {
        if (word.length() < 2) {
            return List.of();
        }
        CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(word);
        if (item == null || item.type != Synonym.Type.EQUAL || item.synonymList.size() > MAX_GROUP) {
            return List.of();
        }
        List<String> synonyms = new ArrayList<>(item.synonymList.size());
        for (Synonym synonym : item.synonymList) {
            if (synonym.realWord.length() >= 2 && !synonym.realWord.equals(word)) {
                synonyms.add(synonym.realWord);
            }
        }
        return synonyms;
    }
}
