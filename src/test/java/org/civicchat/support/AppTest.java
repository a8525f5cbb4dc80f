package org.civicchat.support;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole app on a random port against a real embedded redis-server on a free port. Every class with the
 * same annotation shares one running app (Spring's test context cache), so Redis and HanLP start once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "civicchat.redis.embedded-port=0",
        // each context its own data dir: a second context on the same dir would stop the first one's redis-server
        // as an orphan (EmbeddedRedis finds it through the pid file)
        "civicchat.redis.data-dir=target/test-data/app-${random.uuid}",
        "civicchat.admin.password=test-admin-password",
        "civicchat.open311.keys=hotline12345:test-open311-key-0001,grid-app:test-open311-key-0002",
        "civicchat.open311.jurisdiction=civicchat-test-district",
        "logging.level.org.civicchat=WARN"
})
public @interface AppTest {
}
