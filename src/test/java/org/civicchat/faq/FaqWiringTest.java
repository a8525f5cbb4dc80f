package org.civicchat.faq;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.civicchat.shared.TimeConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FaqService as Spring builds it: settings bound from civicchat.faq.*, no synonym bean needed, and unanswered
 * questions counted only when the app has a Redis connection.
 */
class FaqWiringTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(FaqSettings.class)
    @Import(FaqService.class)
    static class FaqOnly {
    }

    @TempDir
    Path root;

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(FaqOnly.class);

    @Test
    void bindsSettingsAndBuildsTheServiceWithoutRedis() {
        FaqSettings fixture = FaqFixture.write(root);
        context.withPropertyValues("civicchat.faq.faq-dir=" + fixture.faqDir(),
                        "civicchat.faq.seeds-dir=" + fixture.seedsDir(), "civicchat.faq.answer-threshold=0.45")
                .run(app -> {
                    assertThat(app).hasNotFailed();
                    FaqSettings settings = app.getBean(FaqSettings.class);
                    assertThat(settings.answerThreshold()).isEqualTo(0.45);
                    assertThat(settings.clarifyThreshold()).isEqualTo(FaqSettings.defaults().clarifyThreshold());
                    FaqService faq = app.getBean(FaqService.class);
                    assertThat(faq.decide("遛狗要拴绳吗？").kind()).isEqualTo(FaqDecision.Kind.ANSWER);
                    assertThat(faq.topUnanswered(10)).isEmpty();
                });
    }

    @Test
    void countsUnansweredQuestionsOnTheAppsRedisConnection() throws Exception {
        FaqSettings fixture = FaqFixture.write(root);
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        UnifiedJedis unreachable = new UnifiedJedis(new HostAndPort("127.0.0.1", closedPort));
        context.withUserConfiguration(FaqConfiguration.class, TimeConfiguration.class)
                .withBean(UnifiedJedis.class, () -> unreachable)
                .withPropertyValues("civicchat.faq.faq-dir=" + fixture.faqDir(),
                        "civicchat.faq.seeds-dir=" + fixture.seedsDir())
                .run(app -> {
                    assertThat(app).hasNotFailed().hasSingleBean(UnansweredQuestionStore.class);
                    FaqService faq = app.getBean(FaqService.class);
                    assertThat(faq.decide("红烧肉怎么做？").kind()).isEqualTo(FaqDecision.Kind.REFUSE);
                    assertThatThrownBy(() -> faq.topUnanswered(5)).isInstanceOf(JedisConnectionException.class);
                });
        unreachable.close();
    }

    @Test
    void defaultsMatchThePlainObjectDefaults() {
        context.run(app -> assertThat(app.getBean(FaqSettings.class)).isEqualTo(FaqSettings.defaults()));
    }

    @Test
    void rejectsAClarifyThresholdAboveTheAnswerThreshold() {
        context.withPropertyValues("civicchat.faq.clarify-threshold=0.9")
                .run(app -> assertThat(app).hasFailed());
    }
}
