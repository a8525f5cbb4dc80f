package org.civicchat.nlp;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SynonymsTest {

    private static Synonyms synonyms;

    @BeforeAll
    static void loadOnce() {
        synonyms = new Synonyms();
    }

    @Test
    void campaignNicknamesAreSynonymsOfTheOfficialName() {
        assertThat(synonyms.synonymsOf("创城")).contains("文明城市", "典范城市", "文明典范城市");
    }

    @Test
    void reportingWordsAreSynonymsOfSuishoupai() {
        assertThat(synonyms.synonymsOf("随手拍")).contains("反映问题", "投诉", "举报");
    }

    @Test
    void volunteerAndYigongAreSynonyms() {
        assertThat(synonyms.synonymsOf("义工")).contains("志愿者");
        assertThat(synonyms.synonymsOf("志愿者")).contains("义工");
    }

    @Test
    void hanlpsEqualMeaningGroupIsMergedAfterOurs() {
        assertThat(synonyms.synonymsOf("马路")).contains("街道", "大街");
        assertThat(synonyms.synonymsOf("噪音")).containsSubsequence("噪声", "扰民");
    }

    @Test
    void hanlpsLooseGroupsAndOneCharWordsAreLeftOut() {
        assertThat(synonyms.synonymsOf("志愿者")).doesNotContain("献血者");
        assertThat(synonyms.synonymsOf("马路")).doesNotContain("街", "逵");
        assertThat(synonyms.synonymsOf("垃圾")).doesNotContain("排泄物");
    }

    @Test
    void wordIsNormalisedAndNeverItsOwnSynonym() {
        assertThat(synonyms.synonymsOf("創城")).contains("文明城市").doesNotContain("创城", "創城");
    }

    @Test
    void unknownOrEmptyWordHasNoSynonyms() {
        assertThat(synonyms.synonymsOf("锟斤拷")).isEmpty();
        assertThat(synonyms.synonymsOf("")).isEmpty();
        assertThat(synonyms.synonymsOf(null)).isEmpty();
    }
}
