package org.civicchat.store;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * Where Redis lives. With {@code url} set (REDIS_URL) that server is used and nothing is embedded;
 * otherwise a real redis-server is started under {@code dataDir}/redis with AOF on.
 *
 * @param embeddedPort the embedded server's port; 0 picks a free one (tests)
 */
@ConfigurationProperties(prefix = "civicchat.redis")
public record RedisSettings(String url,
                            @DefaultValue("./data") Path dataDir,
                            @DefaultValue("16379") int embeddedPort) {

    public boolean embedded() {
        return url == null || url.isBlank();
    }
}
