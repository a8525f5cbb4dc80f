package org.civicchat.nlp;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Spring builds the service from its settings; everything else in this package is tested as plain objects. */
class NlpWiringTest {

    @Configuration
    @EnableConfigurationProperties(NlpSettings.class)
    @Import(NlpService.class)
    static class NlpOnly {
    }

    @Test
    void springBuildsTheServiceWithTheConfiguredDataDirectory() {
        new ApplicationContextRunner()
                .withUserConfiguration(NlpOnly.class)
                .withPropertyValues("civicchat.nlp.data-dir=target/nlp-wiring")
                .run(context -> {
                    assertThat(context).hasSingleBean(NlpService.class);
                    assertThat(context.getBean(NlpSettings.class).dataDir()).isEqualTo(Path.of("target/nlp-wiring"));
                    assertThat(context.getBean(NlpService.class).analyze("你好").intent()).isEqualTo(Intent.GREETING);
                });
    }

    @Test
    void dataDirectoryDefaultsWhenNotConfigured() {
        assertThat(NlpSettings.defaults().dataDir()).isNotNull();
    }
}
