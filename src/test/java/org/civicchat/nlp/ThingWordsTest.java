package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ThingWordsTest {

    private final ThingWords things = ThingWords.shared();

    @Test
    void aNounIsReadByEveryCodeItHas() {
        assertThat(things.in("养狗要办证吗")).containsEntry(new ThesaurusCode("Bi07B01="), Set.of("狗"));
    }

    @Test
    void aThingInsideACompoundTheThesaurusDoesNotKnowIsReadOnlyWhenAskedFor() {
        assertThat(things.in("买狗粮")).containsKey(new ThesaurusCode("Bi07B01="));
        assertThat(things.inWholeWords("买狗粮")).doesNotContainKey(new ThesaurusCode("Bi07B01="));
    }

    @Test
    void wordsThatNameNoPersonOrThingGiveNothing() {
        assertThat(things.in("怎么办理呢")).isEmpty();
    }
}
