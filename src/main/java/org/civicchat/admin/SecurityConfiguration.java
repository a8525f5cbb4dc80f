package org.civicchat.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Who may call what. WeChat's portal, the simulator and the public pages are open (the portal checks WeChat's
 * signature itself). The console signs in with a form and a session cookie; scripts use HTTP Basic or an API
 * token ({@code Authorization: Bearer}) on /api/admin ({@link HeaderAuthentication}). Sign-in attempts pass
 * {@link SignInGuard} first. CSRF protects every state-changing request of a cookie session; only a request that
 * actually authenticated by its own header is exempt. Console responses carry a Content-Security-Policy that
 * allows our own scripts, modules and styles only.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * WeChat's portal verifies WeChat's own signature and carries no session, cookie or staff identity, so
     * it skips the staff filter chain altogether: that chain's ten filters were a visible share of a message's CPU.
     */
    @Bean
    WebSecurityCustomizer portalOutsideStaffSecurity() {
        return web -> web.ignoring().requestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/wx/**"));
    }

    /** Our own pages, modules and the ECharts webjar; ECharts and the pages set element styles from script. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https: http:; connect-src 'self'; "
            + "font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http, AuditLogStore audit, SignInThrottleStore throttle,
                                    StaffDirectory staff, PasswordEncoder encoder, BasicCredentialCache cache,
                                    ApiTokenStore tokens, ApplicationEventPublisher events,
                                    SessionCookies cookies) throws Exception {
        var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staff);
        provider.setPasswordEncoder(encoder);
        ProviderManager basicCheck = new ProviderManager(provider);
        basicCheck.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        csrfTokens.setCookieCustomizer(c -> {
            if (cookies.alwaysSecure()) {
                c.secure(true);
            }
        });
        CsrfTokenRequestAttributeHandler csrfHandler = new CsrfTokenRequestAttributeHandler();
        csrfHandler.setCsrfRequestAttributeName(null);
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/console/login.html", "/console/css/**", "/console/js/login.js").permitAll()
                        // the front page's chat simulator is the console's own module (its page and the two it
                        // imports: DOM helpers and labels, no data); in production it is not there at all
                        .requestMatchers("/console/js/pages/simulator.js", "/console/js/ui.js",
                                "/console/js/labels.js").permitAll()
                        .requestMatchers("/api/admin/users/**", "/api/admin/users", "/api/admin/audit",
                                "/api/admin/tokens", "/api/admin/tokens/**").hasRole("ADMIN")
                        .requestMatchers(org.springframework.http.HttpMethod.POST, "/api/admin/tickets/*/assign",
                                "/api/admin/tickets/*/merge", "/api/admin/tickets/*/split").hasAnyRole("ADMIN", "OPERATOR")
                        .requestMatchers("/api/admin/tickets/**", "/api/admin/tickets", "/api/admin/tickets.csv",
                                "/api/admin/tickets.xlsx",
                                "/api/admin/me").hasAnyRole("ADMIN", "OPERATOR", "HANDLER")
                        .requestMatchers("/api/admin/**").hasAnyRole("ADMIN", "OPERATOR")
                        .requestMatchers("/console/**").authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .httpBasic(basic -> basic.realmName("CivicChat"))
                .formLogin(form -> form.loginPage("/console/login.html")
                        .loginProcessingUrl("/console/login")
                        .defaultSuccessUrl("/console/", true)
                        .failureUrl("/console/login.html?error")
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login.html?out")
                        .deleteCookies(SessionCookies.NAME))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/console/login.html"),
                                PathPatternRequestMatcher.withDefaults().matcher("/console/**")))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(csrfHandler)
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher("/wx/**"),
                                PathPatternRequestMatcher.withDefaults().matcher("/simulator/**"),
                                PathPatternRequestMatcher.withDefaults().matcher("/open311/**"),
                                request -> Boolean.TRUE.equals(
                                        request.getAttribute(HeaderAuthentication.AUTHENTICATED_BY_HEADER))))
                .addFilterBefore(new SignInGuard(throttle), CsrfFilter.class)
                .addFilterAfter(new HeaderAuthentication(basicCheck, cache, tokens, throttle), SignInGuard.class)
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .addFilterAfter(new StaffChangeAuditFilter(audit), BasicAuthenticationFilter.class)
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()")));
        return http.build();
    }

    /** Makes the deferred CSRF token load on every request so the console's pages get the XSRF-TOKEN cookie. */
    static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            if (token != null) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
