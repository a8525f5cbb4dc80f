package org.civicchat.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Stands in front of both ways to sign in — the console's form post and HTTP Basic — and refuses, before
 * anything is checked, stored or logged: a username no account could have ({@link StaffNames}), and — for the
 * form — a client that must still wait after its failures ({@link SignInThrottleStore}; Basic is throttled in
 * {@link HeaderAuthentication}, where a credential verified minutes ago skips the check). A browser is sent back to the sign-in page
 * with the reason; scripts get a problem+json with a Chinese detail (400, or 429 with Retry-After).
 */
final class SignInGuard extends OncePerRequestFilter {

    static final String LOGIN = "/console/login";

    private final SignInThrottleStore throttle;

    SignInGuard(SignInThrottleStore throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod()) && LOGIN.equals(request.getServletPath());
        String username = form ? request.getParameter("username") : basicUsername(request);
        if (!form && username == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!StaffNames.valid(username)) {
            refuse(request, response, form, "invalid", new Refusal(form ? 400 : 401, "用户名无效",
                    "用户名应为2到" + StaffNames.MAX_LENGTH + "位字母、数字或“_ . -”，请核对后重新登录。"), null);
            return;
        }
        if (form) {
            Duration wait = throttle.waitFor(request.getRemoteAddr(), username);
            if (!wait.isZero()) {
                refuseThrottled(request, response, true, wait);
                return;
            }
        }
        chain.doFilter(request, response); // HTTP Basic is throttled by HeaderAuthentication, before any BCrypt
    }

    /** 429 with Retry-After and the wait in Chinese words (a browser goes back to the sign-in page). */
    static void refuseThrottled(HttpServletRequest request, HttpServletResponse response, boolean form, Duration wait)
            throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        refuse(request, response, form, "throttled", new Refusal(429, "登录尝试过于频繁",
                "登录失败次数较多，请" + Clock.words(seconds) + "后再试；如需立即登录，请联系管理员解除限制。"), seconds);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean form, String why,
                               Refusal refusal, Long retryAfter) throws IOException {
        if (retryAfter != null) {
            response.setHeader("Retry-After", Long.toString(retryAfter));
        }
        String accept = request.getHeader("Accept");
        if (form && accept != null && accept.contains("text/html")) {
            response.sendRedirect("/console/login.html?error=" + why
                    + (retryAfter == null ? "" : "&wait=" + retryAfter));
            return;
        }
        if (!form) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CivicChat\"");
        }
        refusal.write(response);
    }

    /** The username of an HTTP Basic header, or null when the request carries none (or an undecodable one). */
    static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || header.length() < 6 || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? "" : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Waits in words staff read. */
    static final class Clock {
        private Clock() {
        }

        static String words(long seconds) {
            return seconds < 60 ? seconds + "秒" : ((seconds + 59) / 60) + "分钟";
        }
    }
}
