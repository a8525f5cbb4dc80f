package org.civicchat.admin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/** Appends every state-changing /api/admin request of a signed-in staff member to the audit log. */
final class StaffChangeAuditFilter extends OncePerRequestFilter {

    private final AuditLogStore audit;

    StaffChangeAuditFilter(AuditLogStore audit) {
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !request.getRequestURI().startsWith("/api/admin/")
                || method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            Authentication who = SecurityContextHolder.getContext().getAuthentication();
            if (who != null && who.isAuthenticated() && !"anonymousUser".equals(who.getName())) {
                audit.append(new AuditLogStore.AuditEntry(who.getName(),
                        AuditActions.describe(request.getMethod(), request.getRequestURI()),
                        request.getRequestURI(), AuditActions.outcome(response.getStatus())));
            }
        }
    }
}
