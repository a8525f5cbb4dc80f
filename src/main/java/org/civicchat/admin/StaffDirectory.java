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
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Staff accounts for Spring Security: loads them from Redis, creates the first admin, and feeds failed and
 * successful sign-ins to the {@link SignInThrottleStore} (growing delays per client and account, OWASP ASVS 2.2.1,
 * instead of a hard lock an outsider could keep on any account) and, truncated, to the audit log.
 */
@Service
public class StaffDirectory implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(StaffDirectory.class);
    static final int MAX_FAILURES = SignInThrottleStore.FREE_PER_ACCOUNT;

    private final StaffAccountStore accounts;
    private final AuditLogStore audit;
    private final PasswordEncoder encoder;
    private final SignInThrottleStore throttle;
    private final java.util.List<java.util.function.Consumer<String>> changeListeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private final FirstAdmin firstAdmin;

    StaffDirectory(StaffAccountStore accounts, AuditLogStore audit, PasswordEncoder encoder, AdminSettings settings,
                   SignInThrottleStore throttle) {
        this.accounts = accounts;
        this.audit = audit;
        this.encoder = encoder;
        this.throttle = throttle;
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
        if (!StaffNames.valid(username)) {
            throw new InvalidStaffAccount("username", "用户名应为2到" + StaffNames.MAX_LENGTH + "位字母、数字或“_ . -”。");
        }
        if (password == null || password.length() < 10 || password.length() > 128) {
            throw new InvalidStaffAccount("password", "密码至少需要10个字符（最多128个）。");
        }
        if (roles == null || roles.isEmpty()) {
            throw new InvalidStaffAccount("roles", "请至少选择一个角色。");
        }
        String dept = department == null || department.isBlank() ? null : department.trim();
        if (roles.contains(StaffRole.HANDLER) && dept == null) {
            throw new InvalidStaffAccount("department", "处置人员必须填写所属部门，否则无法确定能看哪些工单。");
        }
        StaffAccount account = new StaffAccount(username, encoder.encode(password), Set.copyOf(roles), dept,
                grid, true);
        accounts.save(account);
        changed(username);
        return account;
    }

    public void setEnabled(String username, boolean enabled) {
        StaffAccount a = accounts.find(username).orElseThrow(() -> new InvalidStaffAccount("username", "没有这个账号。"));
        accounts.save(new StaffAccount(a.username(), a.passwordHash(), a.roles(), a.department(), a.grid(), enabled));
        changed(username);
    }

    /** Lifts the sign-in delays on this account for every client; any admin may. */
    public void unlock(String username) {
        accounts.find(username).orElseThrow(() -> new InvalidStaffAccount("username", "没有这个账号。"));
        throttle.unlock(username);
        changed(username);
    }

    /** Called with the username whenever an account's password, roles, or state changes (caches forget it). */
    void onChange(java.util.function.Consumer<String> listener) {
        changeListeners.add(listener);
    }

    private void changed(String username) {
        changeListeners.forEach(l -> l.accept(username));
    }

    /** Any successful authentication (form or HTTP Basic) clears that client's failures on the account. */
    @EventListener
    void on(AuthenticationSuccessEvent success) {
        String who = success.getAuthentication().getName();
        if (StaffNames.valid(who)) {
            throttle.succeeded(client(success.getAuthentication()), who);
        }
    }

    /** Console sign-ins are audited; HTTP Basic calls are audited by what they change, not per request. */
    @EventListener
    void on(InteractiveAuthenticationSuccessEvent signIn) {
        audit.append(new AuditLogStore.AuditEntry(signIn.getAuthentication().getName(), "sign-in", "console", "ok"));
    }

    /** A failure counts against its client and the client-and-account pair; the audit gets a bounded line. */
    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String who = String.valueOf(failure.getAuthentication().getName());
        if (!StaffNames.valid(who)) {
            return;
        }
        String client = client(failure.getAuthentication());
        java.time.Duration delay = throttle.failed(client, who);
        audit.append(new AuditLogStore.AuditEntry(who, "sign-in", "",
                "failed: " + failure.getException().getClass().getSimpleName()
                        + (delay.isZero() ? "" : "; next try from this client in " + delay.toSeconds() + " s")));
        if (!delay.isZero()) {
            log.warn("Sign-ins to a staff account from one client delayed {} s after repeated failures", delay.toSeconds());
        }
    }

    private static String client(org.springframework.security.core.Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress() : "unknown";
    }

    private FirstAdmin ensureFirstAdmin(AdminSettings settings) {
        boolean configured = settings.password() != null && !settings.password().isBlank();
        Optional<StaffAccount> existing = accounts.find("admin");
        if (configured) {
            accounts.save(new StaffAccount("admin", encoder.encode(settings.password()),
                    Set.of(StaffRole.ADMIN, StaffRole.OPERATOR), null, null, true));
            throttle.unlock("admin");
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
