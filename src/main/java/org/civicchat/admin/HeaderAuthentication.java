package org.civicchat.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Authenticates a request by its own {@code Authorization} header — HTTP Basic (a staff account; a credential
 * verified in the last minutes is taken from {@link BasicCredentialCache} instead of BCrypt) or
 * {@code Bearer <token>} ({@link ApiTokenStore}) — for this request only (nothing goes into a session). On
 * /api/admin a header that does not authenticate is refused here with 401 and a Chinese problem, so it never
 * falls back to a session cookie; elsewhere (public pages, Open311) it is simply not ours and changes nothing. Only a request that did authenticate so is marked {@link #AUTHENTICATED_BY_HEADER},
 * the mark the CSRF exemption checks: another site can make a browser send a cookie, not a valid header.
 * Runs after {@link SignInGuard} (username shape, throttling) and before the CSRF filter.
 */
final class HeaderAuthentication extends OncePerRequestFilter {

    static final String AUTHENTICATED_BY_HEADER = HeaderAuthentication.class.getName() + ".authenticated";
    private static final String STAFF_API = "/api/admin/";

    private final AuthenticationManager basicCheck;
    private final BasicCredentialCache cache;
    private final ApiTokenStore tokens;
    private final SignInThrottleStore throttle;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();
    /** Keeps the context for this request's later dispatches (async CSV streaming, errors), never in a session. */
    private final RequestAttributeSecurityContextRepository perRequest = new RequestAttributeSecurityContextRepository();

    HeaderAuthentication(AuthenticationManager basicCheck, BasicCredentialCache cache, ApiTokenStore tokens,
                         SignInThrottleStore throttle) {
        this.basicCheck = basicCheck;
        this.cache = cache;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Authentication> who;
        if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                who = basic(header.substring(6).trim(), request);
            } catch (MustWait e) {
                SignInGuard.refuseThrottled(request, response, false, e.wait);
                return;
            }
        } else if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            who = tokens.find(header.substring(7).trim()).map(ApiTokenAuthentication::new);
        } else {
            who = Optional.empty();
        }
        if (who.isEmpty() && !request.getServletPath().startsWith(STAFF_API)) {
            chain.doFilter(request, response); // someone else's scheme on a public path: not ours to judge, not exempt
            return;
        }
        if (who.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CivicChat\"");
            new Refusal(401, "身份验证失败", "用户名、密码或访问令牌不正确，或令牌已过期、已撤销。").write(response);
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who.get());
        SecurityContextHolder.setContext(context);
        perRequest.saveContext(context, request, response);
        request.setAttribute(AUTHENTICATED_BY_HEADER, Boolean.TRUE);
        chain.doFilter(request, response);
    }

    private Optional<Authentication> basic(String encoded, HttpServletRequest request) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String username = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        Authentication known = cache.find(username, password);
        if (known != null) {
            return Optional.of(known); // verified minutes ago with this very password: not a guess, not throttled
        }
        Duration wait = throttle.waitFor(request.getRemoteAddr(), username);
        if (!wait.isZero()) {
            throw new MustWait(wait);
        }
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username,
                password);
        attempt.setDetails(details.buildDetails(request));
        try {
            Authentication verified = basicCheck.authenticate(attempt);
            cache.remember(username, password, verified);
            return Optional.of(verified);
        } catch (AuthenticationException e) {
            return Optional.empty();
        }
    }

    /** This client must wait before its next Basic check of this account. */
    private static final class MustWait extends RuntimeException {
        private final Duration wait;

        MustWait(Duration wait) {
            super(null, null, false, false);
            this.wait = wait;
        }
    }
}
