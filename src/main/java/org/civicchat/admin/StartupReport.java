package org.civicchat.admin;

import org.civicchat.store.RedisSettings;
import org.civicchat.wechat.WechatSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One start-up log block: where the simulator is, which Redis, which WeChat mode, how to sign in. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;
    private final RedisSettings redis;
    private final WechatSettings wechat;
    private final StaffDirectory staff;

    StartupReport(Environment environment, RedisSettings redis, WechatSettings wechat,
                  StaffDirectory staff) {
        this.environment = environment;
        this.redis = redis;
        this.wechat = wechat;
        this.staff = staff;
    }

    @EventListener
    void on(ApplicationReadyEvent ready) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("""

                ==== CivicChat is ready ====
                  Chat simulator : {}
                  WeChat portal  : http://localhost:{}/wx/portal/{} ({}, {} mode)
                  Redis          : {}
                  Console        : http://localhost:{}/console/  user "admin", password {}
                """,
                wechat.sandbox() ? "http://localhost:" + port + "/" : "none (WECHAT_SECRET is set)", port, wechat.appId(),
                wechat.sandbox() ? "sandbox: outbound messages go to the sandbox outbox" : "live API", wechat.mode().id(),
                redis.topology().id() + ": " + redis.describe(),
                port, adminPassword());
        publicUrlMismatch(environment.getProperty("civicchat.notice.public-base-url", ""), port)
                .ifPresent(log::warn);
    }

    /**
     * A warning when no public address is configured (notice links then follow the address the console is
     * opened with), or when the configured one is a local port this app is not on: residents' clicks would go
     * nowhere.
     */
    static java.util.Optional<String> publicUrlMismatch(String publicUrl, String port) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return java.util.Optional.of("CIVICCHAT_PUBLIC_BASE_URL is not set: links in notices will use the address "
                    + "the console is opened with when a notice is sent (until then http://localhost:" + port
                    + "); set CIVICCHAT_PUBLIC_BASE_URL to the address residents' phones reach");
        }
        try {
            java.net.URI uri = java.net.URI.create(publicUrl);
            String host = uri.getHost() == null ? "" : uri.getHost();
            boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
            int urlPort = uri.getPort() >= 0 ? uri.getPort() : ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80);
            if (local && !Integer.toString(urlPort).equals(port)) {
                return java.util.Optional.of("CIVICCHAT_PUBLIC_BASE_URL is " + publicUrl + " but the app listens on port " + port
                        + ": tracked links in notices would not reach it; set CIVICCHAT_PUBLIC_BASE_URL to the address residents use");
            }
            return java.util.Optional.empty();
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of("CIVICCHAT_PUBLIC_BASE_URL is not a URL: " + publicUrl);
        }
    }

    private String adminPassword() {
        StaffDirectory.FirstAdmin first = staff.firstAdmin();
        return first.generatedPassword() == null ? first.how()
                : "\"" + first.generatedPassword() + "\" (" + first.how() + "; set CIVICCHAT_ADMIN_PASSWORD to choose one)";
    }
}
