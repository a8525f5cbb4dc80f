package org.civicchat.nlp;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The app's sentence model: the JVM's one model, with indexed texts' vectors kept under the data dir. */
@Configuration(proxyBeanMethods = false)
class NlpConfiguration {

    @Bean
    SentenceEmbedder sentenceEmbedder(NlpSettings settings) {
        return SentenceEmbedder.sharedWithVectorsUnder(settings.dataDir());
    }
}
