package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AskingPartTest {

    @Test
    void aStoryToldFirstIsLeftOutOfTheAskingPart() {
        assertThat(AskingPart.of("我是刚来社区的志愿者，想先搞明白检查组主要考核哪些内容，好给居委会帮忙"))
                .contains("想先搞明白检查组主要考核哪些内容");
    }

    @Test
    void aTextThatAsksFromItsFirstClauseOrAsksTooLittleHasNoSeparateAskingPart() {
        assertThat(AskingPart.of("垃圾分成哪几类，我总记不住")).isEmpty();
        assertThat(AskingPart.of("我家狗丢了，咋办")).isEmpty();
        assertThat(AskingPart.of("楼下的路灯坏了好几天")).isEmpty();
    }
}
