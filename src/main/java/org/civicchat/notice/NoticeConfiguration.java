package org.civicchat.notice;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The link signer, with a secret shared by every node (configured, or generated once and kept in Redis), and the
 * address its links point at ({@link LinkBase}).
 */
@Configuration(proxyBeanMethods = false)
class NoticeConfiguration {

    @Bean
    LinkBase linkBase(NoticeStore store, NoticeSettings settings) {
        return new LinkBase(settings.publicBaseUrl(), store);
    }

    @Bean
    NoticeLinks noticeLinks(NoticeStore store, NoticeSettings settings, LinkBase base) {
        byte[] candidate = new byte[32];
        new SecureRandom().nextBytes(candidate);
        String secret = store.linkSecret(settings.linkSecret(), Base64.getEncoder().encodeToString(candidate));
        return new NoticeLinks(secret, base);
    }
}
