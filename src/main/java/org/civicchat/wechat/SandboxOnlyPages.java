package org.civicchat.wechat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Set;

/**
 * With a real app secret (production) the chat simulator does not exist: its page, scripts and styles, its
 * console page and the sandbox outbox API all answer 404, ahead of sign-in, so nothing about them shows.
 */
@Configuration(proxyBeanMethods = false)
class SandboxOnlyPages {

    static final Set<String> PAGES = Set.of("/", "/index.html", "/js/simulator.js", "/css/simulator.css",
            "/console/js/pages/simulator.js");
    static final String NOT_FOUND = "页面不存在。";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sandboxOnlyPagesFilter(WechatSettings settings) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return settings.sandbox();
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (PAGES.contains(path) || path.equals("/simulator") || path.startsWith("/simulator/")) {
                    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getWriter().write(NOT_FOUND);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("sandboxOnlyPages");
        return registration;
    }
}
