package org.civicchat.admin;

import org.civicchat.ticket.HandlerDesk;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Staff accounts (admin only), the audit log (admin only), and who the caller is. */
@RestController
class UsersApi {

    private final StaffDirectory staff;
    private final AuditLogStore audit;
    private final HandlerDesk desk;

    UsersApi(StaffDirectory staff, AuditLogStore audit, HandlerDesk desk) {
        this.staff = staff;
        this.audit = audit;
        this.desk = desk;
    }

    @GetMapping("/api/admin/me")
    Map<String, Object> me(Authentication who) {
        StaffAccount account = staff.find(who.getName()).orElseThrow();
        return view(account);
    }

    @GetMapping("/api/admin/users")
    List<Map<String, Object>> users() {
        return staff.all().stream().map(UsersApi::view).toList();
    }

    @PostMapping("/api/admin/users")
    ResponseEntity<Map<String, Object>> create(@RequestBody NewStaff body) {
        if (staff.find(body.username() == null ? "" : body.username()).isPresent()) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", "用户名已存在 (username taken)"));
        }
        Set<StaffRole> roles = body.roles() == null ? Set.of()
                : body.roles().stream().map(StaffRole::of).collect(Collectors.toSet());
        StaffAccount account = staff.create(body.username(), body.password(), roles, body.department(), body.grid());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(account));
    }

    @PostMapping("/api/admin/users/{username}/enabled")
    Map<String, Object> enable(@PathVariable String username, @RequestParam boolean value) {
        staff.setEnabled(username, value);
        return view(staff.find(username).orElseThrow());
    }

    @PostMapping("/api/admin/users/{username}/unlock")
    Map<String, Object> unlock(@PathVariable String username) {
        staff.unlock(username);
        return view(staff.find(username).orElseThrow());
    }

    /** A one-time code the handler sends as "绑定 123456" to the official account within 15 minutes. */
    @PostMapping("/api/admin/users/{username}/bind-code")
    ResponseEntity<Map<String, Object>> bindCode(@PathVariable String username) {
        StaffAccount account = staff.find(username).orElse(null);
        if (account == null) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "没有这个账号 (no such user)"));
        }
        String code = desk.issueCode(account.username(),
                account.department() == null || account.department().isBlank() ? null : account.department());
        return ResponseEntity.ok(Map.of("code", code, "expiresInSeconds", 900,
                "howTo", "请在15分钟内用微信向公众号发送：绑定 " + code));
    }

    @GetMapping("/api/admin/audit")
    List<AuditLogStore.AuditEntry> audit(@RequestParam(defaultValue = "100") int limit) {
        return audit.latest(Math.min(Math.max(limit, 1), 1000));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    private static Map<String, Object> view(StaffAccount a) {
        return Map.of("username", a.username(),
                "roles", a.roles().stream().map(StaffRole::id).sorted().toList(),
                "department", a.department() == null ? "" : a.department(),
                "grid", a.grid() == null ? "" : a.grid(),
                "enabled", a.enabled());
    }

    record NewStaff(String username, String password, List<String> roles, String department, String grid) {
    }
}
