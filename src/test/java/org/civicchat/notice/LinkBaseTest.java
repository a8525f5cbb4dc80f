package org.civicchat.notice;

import org.civicchat.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class LinkBaseTest {

    static TestRedis redis;

    @BeforeAll
    static void startRedis() {
        redis = new TestRedis();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @AfterEach
    void unbind() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void serving(String scheme, String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/admin/notices");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    @Test
    void aConfiguredPublicAddressWinsOverTheRequest() {
        redis.client().flushAll();
        LinkBase base = new LinkBase("https://wx.example.gov.cn/", new NoticeStore(redis.client(), tools.jackson.databind.json.JsonMapper.builder().build()));
        serving("http", "10.0.0.5", 9090);
        base.learnFromCurrentRequest();
        assertThat(base.get()).isEqualTo("https://wx.example.gov.cn");
        assertThat(base.configured()).isTrue();
    }

    @Test
    void withoutOneLinksFollowTheAddressTheConsoleWasReachedAtOnEveryNode() {
        redis.client().flushAll();
        LinkBase node1 = new LinkBase("", new NoticeStore(redis.client(), tools.jackson.databind.json.JsonMapper.builder().build()));
        assertThat(node1.get()).isEqualTo("http://localhost:8080");

        serving("https", "civic.example.gov.cn", 8443);
        node1.learnFromCurrentRequest();
        assertThat(node1.get()).isEqualTo("https://civic.example.gov.cn:8443");
        LinkBase node2 = new LinkBase(null, new NoticeStore(redis.client(), tools.jackson.databind.json.JsonMapper.builder().build()));
        assertThat(node2.get()).isEqualTo("https://civic.example.gov.cn:8443");
    }

    @Test
    void outsideARequestNothingIsLearned() {
        redis.client().flushAll();
        LinkBase base = new LinkBase("", new NoticeStore(redis.client(), tools.jackson.databind.json.JsonMapper.builder().build()));
        base.learnFromCurrentRequest();
        assertThat(base.get()).isEqualTo("http://localhost:8080");
        assertThat(new NoticeStore(redis.client(), tools.jackson.databind.json.JsonMapper.builder().build()).learnedLinkBase()).isNull();
    }
}
