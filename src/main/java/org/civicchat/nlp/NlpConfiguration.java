package org.civicchat.nlp;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The app's sentence model: the JVM's one model, with indexed texts' vectors kept under the data dir. */
@Configuration(proxyBeanMethods = false)
class NlpConfiguration {

    @Bean
    SentenceEmbedder sentenceEmbedder(NlpSettings settings) {
        return SentenceEmbedder.sharedWithVectorsUnder(settings.dataDir());
    }

    /**
     * The embedding cache's figures on /actuator/prometheus: {@code civicchat_embedding_cache_hits_total},
     * {@code _misses_total}, {@code _hit_ratio} (since start) and {@code _size}; the model and its cache are the
     * JVM's, so they count every Spring context of the JVM (tests), not only this one.
     */
    @Bean
    MeterBinder embeddingCacheMetrics(SentenceEmbedder embedder) {
        return registry -> {
            FunctionCounter.builder("civicchat.embedding.cache.hits", embedder, e -> e.cacheStats().hits())
                    .description("residents' texts whose vector was still in memory").register(registry);
            FunctionCounter.builder("civicchat.embedding.cache.misses", embedder, e -> e.cacheStats().misses())
                    .description("texts the sentence model had to run for").register(registry);
            Gauge.builder("civicchat.embedding.cache.hit.ratio", embedder, e -> e.cacheStats().hitRate())
                    .description("hits over lookups since start").register(registry);
            Gauge.builder("civicchat.embedding.cache.size", embedder, e -> e.cacheStats().size())
                    .description("vectors held in memory").register(registry);
        };
    }
}
