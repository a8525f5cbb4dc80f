package org.civicchat.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportRequestsTest {

    @ParameterizedTest
    @ValueSource(strings = {"我要投诉", "我要反映个问题", "你好，我想反映一下情况", "有个事想反映一下", "我要举报！", "想投诉一下可以吗"})
    void aRequestToReportThatNamesNothingIsOnlyARequest(String text) {
        assertThat(ReportRequests.only(text)).isTrue();
        assertThat(SharedNlp.analyze(text).category()).isIn("other", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"我要投诉楼下烧烤摊油烟", "我要反映个问题 路灯坏了", "有个井盖丢了", "投诉电梯", ""})
    void aRequestThatNamesTheProblemIsMoreThanARequest(String text) {
        assertThat(ReportRequests.only(text)).isFalse();
    }
}
