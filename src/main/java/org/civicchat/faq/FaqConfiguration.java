package org.civicchat.faq;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.UnifiedJedis;

import java.time.Clock;

/** Gives the FAQ its store of unanswered questions on the app's Redis connection (from {@code store/}). */
@Configuration(proxyBeanMethods = false)
class FaqConfiguration {

    @Bean
    UnansweredQuestionStore unansweredQuestionStore(UnifiedJedis redis, Clock clock) {
        return new UnansweredQuestionStore(redis, clock);
    }

    @Bean(destroyMethod = "close")
    FaqEditStore faqEditStore(UnifiedJedis redis) {
        return new FaqEditStore(redis);
    }
}
