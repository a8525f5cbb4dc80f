package org.civicchat.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Staff accounts for Spring Security: loads them from Redis, creates the first admin, and locks an account
 * for a quarter of an hour after five failed sign-ins in a quarter of an hour (OWASP ASVS 2.2.1).
 */
@Service
public class StaffDirectory implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);
    static final int MAX_FAILURES = 5;
    static final long LOCK_SECONDS = 900;

    private final StaffAccountStore accounts;
    private final AuditLogStore audit;
    private final PasswordEncoder encoder;
    private final FirstAdmin firstAdmin;

    StaffDirectory(StaffAccountStore accounts, AuditLogStore audit, PasswordEncoder encoder, AdminSettings settings) {
        this.accounts = accounts;
        this.audit = audit;
        this.encoder = encoder;
        this.firstAdmin = ensureFirstAdmin(settings);
    }

    FirstAdmin firstAdmin() {
        return firstAdmin;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StaffAccount account = accounts.find(username)
                .orElseThrow(() -> new UsernameNotFoundException("no staff account " + username));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .roles(account.roles().stream().map(StaffRole::name).toArray(String[]::new))
                .disabled(!account.enabled())
                .accountLocked(accounts.locked(username))
                .build();
    }

    public Optional<StaffAccount> find(String username) {
        return accounts.find(username);
    }

    public List<StaffAccount> all() {
        return accounts.usernames().stream().map(accounts::find).flatMap(Optional::stream).toList();
    }

    public StaffAccount create(String username, String password, Set<StaffRole> roles, String department,
                               String grid) {
        if (username == null || !username.matches("[A-Za-z0-9_.-]{2,32}")) {
            throw new IllegalArgumentException("username must be 2–32 letters, digits, _ . -");
        }
        if (password == null || password.length() < 10) {
            throw new IllegalArgumentException("password must have at least 10 characters");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("at least one role is needed");
        }
        StaffAccount account = new StaffAccount(username, encoder.encode(password), Set.copyOf(roles), department,
                grid, true);
        accounts.save(account);
        return account;
    }

    public void setEnabled(String username, boolean enabled) {
        StaffAccount a = accounts.find(username).orElseThrow(() -> new IllegalArgumentException("no such user"));
        accounts.save(new StaffAccount(a.username(), a.passwordHash(), a.roles(), a.department(), a.grid(), enabled));
    }

    public void unlock(String username) {
        accounts.unlock(username);
    }

    /** Any successful authentication (form or HTTP Basic) resets the failure count. */
    @EventListener
    void on(AuthenticationSuccessEvent success) {
        accounts.clearFailures(success.getAuthentication().getName());
    }

    /** Console sign-ins are audited; HTTP Basic calls are audited by what they change, not per request. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent signIn) {
        audit.append(new AuditLogStore.AuditEntry(signIn.getAuthentication().getName(), "sign-in", "console", "ok"));
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String who = String.valueOf(failure.getAuthentication().getName());
        long failures = accounts.recordFailure(who, LOCK_SECONDS);
        audit.append(new AuditLogStore.AuditEntry(who, "sign-in", "",
                "failed: " + failure.getException().getClass().getSimpleName()));
        if (failures >= MAX_FAILURES && !accounts.locked(who)) {
            accounts.lock(who, LOCK_SECONDS);
            audit.append(new AuditLogStore.AuditEntry(who, "lock", "", "locked after " + failures + " failures"));
            log.warn("Staff account locked for {} s after {} failed sign-ins", LOCK_SECONDS, failures);
        }
    }

    private FirstAdmin ensureFirstAdmin(AdminSettings settings) {
        boolean configured = settings.password() != null && !settings.password().isBlank();
        Optional<StaffAccount> existing = accounts.find("admin");
        if (configured) {
            accounts.save(new StaffAccount("admin", encoder.encode(settings.password()),
                    Set.of(StaffRole.ADMIN, StaffRole.OPERATOR), null, null, true));
            accounts.unlock("admin");
            return new FirstAdmin(null, "from CIVICCHAT_ADMIN_PASSWORD");
        }
        if (existing.isPresent()) {
            return new FirstAdmin(null, "unchanged (shown when it was generated; set CIVICCHAT_ADMIN_PASSWORD to reset it)");
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        accounts.save(new StaffAccount("admin", encoder.encode(generated), Set.of(StaffRole.ADMIN, StaffRole.OPERATOR),
                null, null, true));
        return new FirstAdmin(generated, "generated now and shown only this once");
    }

    /** What the start-up log may say about the first admin's password. */
    record FirstAdmin(String generatedPassword, String how) {
        @Override
        public String toString() {
            return "FirstAdmin[" + how + "]";
        }
    }
}
