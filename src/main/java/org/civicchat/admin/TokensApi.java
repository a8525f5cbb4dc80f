package org.civicchat.admin;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * API tokens (admins only, and only a signed-in admin or HTTP Basic — a token cannot mint tokens): create one
 * (its secret is in this one answer and nowhere else), list them with role, department, expiry and last use,
 * revoke one.
 */
@RestController
class TokensApi {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9 _.-]{1,40}");
    static final int MAX_DAYS = 3650;

    private final ApiTokenStore tokens;

    TokensApi(ApiTokenStore tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/api/admin/tokens")
    List<TokenView> list(Authentication who) {
        noToken(who);
        return tokens.all().stream().map(TokensApi::view).toList();
    }

    @PostMapping("/api/admin/tokens")
    ResponseEntity<CreatedToken> create(@RequestBody NewToken body, Authentication who) {
        noToken(who);
        String name = body.name() == null ? "" : body.name().trim();
        if (!NAME.matcher(name).matches()) {
            throw new InvalidStaffAccount("name", "令牌名称应为1到40个汉字、字母、数字、空格或“_ . -”。");
        }
        StaffRole role;
        try {
            role = StaffRole.of(body.role());
        } catch (IllegalArgumentException e) {
            throw new InvalidStaffAccount("role", "请为令牌选择角色：admin、operator 或 handler。");
        }
        String department = body.department() == null || body.department().isBlank() ? null : body.department().trim();
        if (role == StaffRole.HANDLER && department == null) {
            throw new InvalidStaffAccount("department", "处置人员角色的令牌必须指定部门。");
        }
        if (department != null && department.length() > 64) {
            throw new InvalidStaffAccount("department", "部门名称过长（最多64个字）。");
        }
        Instant expires = null;
        if (body.expiresInDays() != null) {
            if (body.expiresInDays() < 1 || body.expiresInDays() > MAX_DAYS) {
                throw new InvalidStaffAccount("expiresInDays", "有效期应为1到" + MAX_DAYS + "天，不填则长期有效。");
            }
            expires = Instant.now().plus(Duration.ofDays(body.expiresInDays()));
        }
        ApiTokenStore.Created created = tokens.create(name, role, department, expires, who.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedToken(view(created.token()), created.secret(),
                "令牌只显示这一次，请立即妥善保存。调用方式：Authorization: Bearer " + created.secret()));
    }

    @DeleteMapping("/api/admin/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id, Authentication who) {
        noToken(who);
        return tokens.revoke(id) ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }

    @ExceptionHandler(InvalidStaffAccount.class)
    ProblemDetail badRequest(InvalidStaffAccount e) {
        return e.problem("令牌信息有误");
    }

    @ExceptionHandler(TokenCannotMintTokens.class)
    ProblemDetail forbidden(TokenCannotMintTokens e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "访问令牌不能管理令牌，请用管理员账号登录后操作。");
        problem.setTitle("无权操作");
        return problem;
    }

    private static void noToken(Authentication who) {
        if (who instanceof ApiTokenAuthentication) {
            throw new TokenCannotMintTokens();
        }
    }

    private static TokenView view(ApiTokenStore.Token t) {
        return new TokenView(t.id(), t.name(), t.role().id(), t.department() == null ? "" : t.department(),
                t.createdAt().toString(), t.createdBy(), t.expiresAt() == null ? null : t.expiresAt().toString(),
                t.lastUsed() == null ? null : t.lastUsed().toString());
    }

    /** A token as listed (never its secret); times ISO 8601 UTC, {@code expiresAt} null when it does not expire. */
    record TokenView(String id, String name, String role, String department, String createdAt, String createdBy,
                     String expiresAt, String lastUsed) {
    }

    /** The one answer that carries the secret ({@code token}), with the listing's fields beside it. */
    record CreatedToken(@JsonUnwrapped TokenView view, String token, String howTo) {
    }

    /** @param expiresInDays null: the token does not expire */
    record NewToken(String name, String role, String department, Integer expiresInDays) {
    }

    static final class TokenCannotMintTokens extends RuntimeException {
        TokenCannotMintTokens() {
            super("an API token cannot manage API tokens");
        }
    }
}
