package org.civicchat.faq;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PinyinRepairTest {

    private final PinyinRepair repair = new PinyinRepair(List.of(
            List.of("志愿者", "报名"), List.of("测评", "时间"), List.of("新时代", "文明", "实践", "站"),
            List.of("公式"), List.of("公事")));

    @Test
    void findsTheWordingOfTheSameSound() {
        assertThat(repair.formSoundingLike("志原者")).containsExactly("志愿者");
        assertThat(repair.formSoundingLike("侧评")).containsExactly("测评");
    }

    @Test
    void findsPairsOfAdjacentWords() {
        assertThat(repair.formSoundingLike("时间站")).containsExactly("实践", "站");
    }

    @Test
    void dropsSoundsThatTwoWordingsShare() {
        assertThat(repair.formSoundingLike("攻势")).isNull();
    }

    @Test
    void aSoundGoesToTheWordingUsedFarMoreOftenThanATypoOfIt() {
        PinyinRepair withTypos = new PinyinRepair(List.of(List.of("全域", "创建"), List.of("全域"), List.of("什么", "全域"),
                List.of("权域", "是", "啥"), List.of("公式"), List.of("公式"), List.of("公事")));

        assertThat(withTypos.formSoundingLike("全鱼")).containsExactly("全域");
        assertThat(withTypos.formSoundingLike("攻势")).isNull(); // 2 against 1 is no clear majority
    }

    @Test
    void ignoresSingleCharactersLongRunsAndLatin() {
        assertThat(repair.formSoundingLike("志")).isNull();
        assertThat(repair.formSoundingLike("志原者志原者")).isNull();
        assertThat(repair.formSoundingLike("wifi")).isNull();
    }
}
