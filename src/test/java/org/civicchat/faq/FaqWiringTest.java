package org.civicchat.faq;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** FaqService as Spring builds it: settings bound from civicchat.faq.*, no Redis and no synonym bean needed. */
class FaqWiringTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(FaqSettings.class)
    @Import(FaqService.class)
    static class FaqOnly {
    }

    @TempDir
    Path root;

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(FaqOnly.class);

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
    void defaultsMatchThePlainObjectDefaults() {
        context.run(app -> assertThat(app.getBean(FaqSettings.class)).isEqualTo(FaqSettings.defaults()));
    }

    @Test
    void rejectsAClarifyThresholdAboveTheAnswerThreshold() {
        context.withPropertyValues("civicchat.faq.clarify-threshold=0.9")
                .run(app -> assertThat(app).hasFailed());
    }
}
