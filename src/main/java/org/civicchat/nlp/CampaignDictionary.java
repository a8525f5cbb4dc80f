package org.civicchat.nlp;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Our campaign words and district places, read from our own text files every time one is built and put into
 * a HanLP dictionary of its own. We never go through HanLP's {@code CustomDictionaryPath}: HanLP caches that
 * as a {@code .bin} file and keeps serving the cache after the text file is edited.
 * <p>
 * The HanLP dictionary shares HanLP's bundled custom-word trie (read only) and keeps our words in a trie of
 * its own, so two instances with different files never see each other's words.
 */
final class CampaignDictionary {

    static final String WORDS_RESOURCE = "/nlp/campaign-words.txt";
    static final String PLACES_RESOURCE = "/nlp/places.txt";
    private static final String DEFAULT_WORD_NATURE = "nz 1000";
    private static final String PLACE_NATURE = "ns 1000";
    private static final Logger log = LoggerFactory.getLogger(CampaignDictionary.class);

    private final DynamicCustomDictionary hanlpDictionary;
    private final List<String> placeNames;
    private final List<String> placeSuffixes;

    private CampaignDictionary(WordFile words, List<String> placeNames, List<String> placeSuffixes) {
        this.placeNames = List.copyOf(placeNames);
        this.placeSuffixes = List.copyOf(placeSuffixes);
        this.hanlpDictionary = new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<>(), null);
        for (String entry : words.requiredEntries("words")) {
            String[] fields = WordFile.fields(entry);
            String nature = fields.length >= 3 ? fields[1] + " " + fields[2] : DEFAULT_WORD_NATURE;
            add(fields[0], nature);
        }
        for (String name : this.placeNames) {
            add(name, PLACE_NATURE);
        }
    }

    /** Reads the bundled files plus {@code <dataDir>/nlp/places.txt} when it exists. */
    static CampaignDictionary load(NlpSettings settings) {
        WordFile words = WordFile.fromClasspath(WORDS_RESOURCE);
        WordFile bundledPlaces = WordFile.fromClasspath(PLACES_RESOURCE);
        Set<String> names = new LinkedHashSet<>(bundledPlaces.requiredEntries("names"));
        Set<String> suffixes = new LinkedHashSet<>(bundledPlaces.requiredEntries("suffixes"));
        Path override = settings.placesOverride();
        if (Files.isRegularFile(override)) {
            WordFile operatorPlaces = WordFile.fromPath(override);
            merge(names, operatorPlaces.entries("names"));
            merge(suffixes, operatorPlaces.entries("suffixes"));
            log.info("Gazetteer: {} names and {} suffixes, including the operator's {}", names.size(),
                    suffixes.size(), override);
        }
        return new CampaignDictionary(words, new ArrayList<>(names), new ArrayList<>(suffixes));
    }

    /** The dictionary of the default settings, for callers that build a {@link Segmenter} without one. */
    static CampaignDictionary shared() {
        return SharedHolder.INSTANCE;
    }

    DynamicCustomDictionary hanlpDictionary() {
        return hanlpDictionary;
    }

    List<String> placeNames() {
        return placeNames;
    }

    List<String> placeSuffixes() {
        return placeSuffixes;
    }

    private void add(String word, String natureWithFrequency) {
        if (hanlpDictionary.dat.exactMatchSearch(word) >= 0) {
            // insert() would overwrite the entry in HanLP's shared trie and change every other segmenter.
            hanlpDictionary.trie.put(word, CoreDictionary.Attribute.create(natureWithFrequency));
        } else if (!hanlpDictionary.insert(word, natureWithFrequency)) {
            throw new IllegalStateException("HanLP refused word '" + word + "' with '" + natureWithFrequency + "'");
        }
    }

    private static void merge(Set<String> bundled, List<String> operatorEntries) {
        for (String entry : operatorEntries) {
            if (entry.startsWith("-")) {
                bundled.remove(entry.substring(1).trim());
            } else {
                bundled.add(entry);
            }
        }
    }

    private static final class SharedHolder {
        static final CampaignDictionary INSTANCE = load(NlpSettings.defaults());
    }
}
