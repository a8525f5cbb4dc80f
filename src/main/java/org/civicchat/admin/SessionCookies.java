package org.civicchat.admin;

import jakarta.servlet.ServletContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.stereotype.Component;

/**
 * The console's cookies ({@value #NAME} and XSRF-TOKEN) are {@code Secure} when the public address
 * ({@code CIVICCHAT_PUBLIC_URL}) is https. Behind a TLS-terminating proxy with
 * {@code server.forward-headers-strategy} set, a request forwarded as https is secure and Tomcat marks the
 * session cookie {@code Secure} by itself (and Spring Security the XSRF-TOKEN cookie).
 */
@Component
class SessionCookies implements ServletContextInitializer {

    static final String NAME = "CIVICCHAT_SESSION";

    private final boolean alwaysSecure;

    SessionCookies(@Value("${civicchat.notice.public-base-url:}") String publicUrl) {
        this.alwaysSecure = publicUrl != null && publicUrl.trim().regionMatches(true, 0, "https://", 0, 8);
    }

    boolean alwaysSecure() {
        return alwaysSecure;
    }

    @Override
    public void onStartup(ServletContext servletContext) {
        if (alwaysSecure) {
            servletContext.getSessionCookieConfig().setSecure(true);
        }
    }
}
