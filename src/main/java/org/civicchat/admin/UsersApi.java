package org.civicchat.admin;

import org.civicchat.ticket.handler.HandlerDesk;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
    StaffView me(Authentication who) {
        if (who instanceof ApiTokenAuthentication token) {
            return new StaffView(who.getName(), List.of(token.token().role().id()),
                    token.department() == null ? "" : token.department(), "", true);
        }
        StaffAccount account = staff.find(who.getName()).orElseThrow();
        return view(account);
    }

    @GetMapping("/api/admin/users")
    List<StaffView> users() {
        return staff.all().stream().map(UsersApi::view).toList();
    }

    @PostMapping("/api/admin/users")
    ResponseEntity<?> create(@RequestBody NewStaff body) {
        if (StaffNames.valid(body.username()) && staff.find(body.username()).isPresent()) {
            ProblemDetail taken = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "用户名已存在，请换一个。");
            taken.setTitle("用户名已存在");
            taken.setProperty("field", "username");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(taken);
        }
        Set<StaffRole> roles = body.roles() == null ? Set.of()
                : body.roles().stream().map(UsersApi::role).collect(Collectors.toSet());
        StaffAccount account = staff.create(body.username(), body.password(), roles, body.department(), body.grid());
        return ResponseEntity.status(HttpStatus.CREATED).body(view(account));
    }

    @PostMapping("/api/admin/users/{username}/enabled")
    StaffView enable(@PathVariable String username, @RequestParam boolean value) {
        staff.setEnabled(username, value);
        return view(staff.find(username).orElseThrow());
    }

    @PostMapping("/api/admin/users/{username}/unlock")
    StaffView unlock(@PathVariable String username) {
        staff.unlock(username);
        return view(staff.find(username).orElseThrow());
    }

    /** A one-time code the handler sends as "绑定 123456" to the official account within 15 minutes. */
    @PostMapping("/api/admin/users/{username}/bind-code")
    ResponseEntity<?> bindCode(@PathVariable String username) {
        StaffAccount account = staff.find(username).orElse(null);
        if (account == null) {
            return ApiProblems.answer(ApiProblems.legacy(ApiProblems.problem(HttpStatus.NOT_FOUND, "账号不存在",
                    "没有这个账号。"), "没有这个账号 (no such user)", null));
        }
        if (account.has(StaffRole.HANDLER) && !account.has(StaffRole.OPERATOR) && !account.has(StaffRole.ADMIN)
                && (account.department() == null || account.department().isBlank())) {
            throw new InvalidStaffAccount("department", "这个处置人员账号没有所属部门，请先补上部门再生成绑定码。");
        }
        String code = desk.issueCode(account.username(),
                account.department() == null || account.department().isBlank() ? null : account.department());
        return ResponseEntity.ok(new BindCode(code, 900, "请在15分钟内用微信向公众号发送：绑定 " + code));
    }

    @GetMapping("/api/admin/audit")
    List<AuditLogStore.AuditEntry> audit(@RequestParam(defaultValue = "100") int limit) {
        return audit.latest(Math.min(Math.max(limit, 1), 1000));
    }

    @ExceptionHandler(InvalidStaffAccount.class)
    ProblemDetail badRequest(InvalidStaffAccount e) {
        return e.problem("账号信息有误");
    }

    private static StaffRole role(String id) {
        try {
            return StaffRole.of(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidStaffAccount("roles", "未知的角色“" + String.valueOf(id).substring(0,
                    Math.min(String.valueOf(id).length(), 20)) + "”，可选：admin、operator、handler。");
        }
    }

    private static StaffView view(StaffAccount a) {
        return new StaffView(a.username(), a.roles().stream().map(StaffRole::id).sorted().toList(),
                a.department() == null ? "" : a.department(), a.grid() == null ? "" : a.grid(), a.enabled());
    }

    /** A staff account as the console shows it: roles sorted, no department or grid as "". */
    record StaffView(String username, List<String> roles, String department, String grid, boolean enabled) {
    }

    /** @param howTo what the handler sends to the official account, in words */
    record BindCode(String code, int expiresInSeconds, String howTo) {
    }

    record NewStaff(String username, String password, List<String> roles, String department, String grid) {
    }
}
