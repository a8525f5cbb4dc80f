package org.civicchat.support;

import org.springframework.test.context.TestPropertySource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * With {@link AppTest}: the portal in WeChat's compatible mode (plain and encrypted bodies), for tests that post
 * plain XML while an AES key is configured. Its own Redis data directory: two contexts sharing one would take the
 * other's redis-server for an orphan and stop it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = {
        "civicchat.wechat.encrypt-mode=compatible",
        "civicchat.redis.data-dir=target/test-data/compatible"
})
public @interface CompatibleMode {
}
