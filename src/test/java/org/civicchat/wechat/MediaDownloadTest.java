package org.civicchat.wechat;

import org.civicchat.support.TestRedis;
import org.civicchat.support.WechatApiStub;
import org.civicchat.ticket.media.MediaDownloader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

/** Photo downloads go through WxJava's real HTTP client to /cgi-bin/media/get. */
class MediaDownloadTest {

    static TestRedis redis;
    static WechatApiStub stub;

    @BeforeAll
    static void start() {
        redis = new TestRedis();
        stub = new WechatApiStub();
    }

    @AfterAll
    static void stop() {
        stub.close();
        redis.close();
    }

    @Test
    void aResidentsPhotoIsDownloadedFromTheMediaApi() {
        WechatSettings settings = settings("stub-secret");
        MediaDownloader downloader = new WechatMediaDownloader(new WechatConfiguration().wxMpService(settings,
                redis.client()), settings);
        assertThat(downloader.available()).isTrue();
        assertThat(downloader.download("media-1")).isEqualTo(WechatApiStub.JPEG);
    }

    @Test
    void theSandboxCannotDownload() {
        WechatSettings settings = settings("");
        assertThat(new WechatMediaDownloader(new WechatConfiguration().wxMpService(settings, redis.client()), settings)
                .available()).isFalse();
    }

    private static WechatSettings settings(String secret) {
        return TestMessengers.stubSettings(stub.baseUrl(), secret);
    }
}
