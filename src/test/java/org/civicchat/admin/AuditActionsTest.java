package org.civicchat.admin;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuditActionsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "POST|/api/admin/tickets/WM20261201-0042/transitions|变更工单状态 WM20261201-0042",
            "POST|/api/admin/tickets/WM20261201-0042/assign|派发工单 WM20261201-0042",
            "POST|/api/admin/tickets/WM20261201-0042/photos|为工单 WM20261201-0042 上传照片",
            "PUT|/api/admin/faq/faq-12|修改问答 faq-12",
            "POST|/api/admin/faq|新增问答",
            "POST|/api/admin/surveys/awareness-2026/invite|发送问卷 awareness-2026 的邀请",
            "PUT|/api/admin/moderation/words|修改敏感词",
            "PUT|/api/admin/wechat/menu|发布公众号菜单",
            "POST|/api/admin/notices/tags|创建微信标签",
            "POST|/api/admin/notices/tags/lz/sync|按微信同步标签 lz",
            "DELETE|/api/admin/something/else|删除 /api/admin/something/else"
    })
    void describesAChangeInWords(String method, String uri, String words) {
        assertThat(AuditActions.describe(method, uri)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"200|成功", "201|成功", "400|未成功（内容有误，400）", "409|未成功（状态已变化，409）",
            "500|未成功（出错，500）"})
    void saysWhetherItWorked(int status, String words) {
        assertThat(AuditActions.outcome(status)).isEqualTo(words);
    }
}
