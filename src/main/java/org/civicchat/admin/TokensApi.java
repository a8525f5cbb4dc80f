package org.civicchat.admin;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * API tokens (admins only, and only a signed-in admin or HTTP Basic — a token cannot mint tokens): create one
 * (its secret is in this one answer and nowhere else), list them with role, department, expiry and last use,
 * revoke one.
 */
@RestController
class TokensApi {

    /** Once trimmed, 1 to 40 of Han, letters, digits, spaces, "_", "." or "-". */
    static final String NAME = "\\s*[\\p{IsHan}A-Za-z0-9_.-](?:[\\p{IsHan}A-Za-z0-9 _.-]{0,38}[\\p{IsHan}A-Za-z0-9_.-])?\\s*";
    static final String NAME_RULE = "令牌名称应为1到40个汉字、字母、数字、空格或“_ . -”。";
    static final int MAX_DAYS = 3650;
    static final String DAYS_RULE = "有效期应为1到3650天，不填则长期有效。";

    private final ApiTokenStore tokens;

    TokensApi(ApiTokenStore tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/api/admin/tokens")
    List<TokenView> list() {
        return tokens.all().stream().map(TokensApi::view).toList();
    }

    @PostMapping("/api/admin/tokens")
    ResponseEntity<CreatedToken> create(@Valid @RequestBody NewToken body, Authentication who) {
        String name = body.name().trim();
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
        Instant expires = body.expiresInDays() == null ? null
                : Instant.now().plus(Duration.ofDays(body.expiresInDays()));
        ApiTokenStore.Created created = tokens.create(name, role, department, expires, who.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new CreatedToken(view(created.token()), created.secret(),
                "令牌只显示这一次，请立即妥善保存。调用方式：Authorization: Bearer " + created.secret()));
    }

    @DeleteMapping("/api/admin/tokens/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
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

    /** Before any handler and before its body is read or validated: an API token is refused whatever it sends. */
    @ModelAttribute
    void noToken(Authentication who) {
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
    record NewToken(@NotNull(message = NAME_RULE) @Pattern(regexp = NAME, message = NAME_RULE) String name,
                    String role,
                    @Size(max = 64, message = "部门名称过长（最多64个字）。") String department,
                    @Min(value = 1, message = DAYS_RULE) @Max(value = MAX_DAYS, message = DAYS_RULE) Integer expiresInDays) {
    }

    static final class TokenCannotMintTokens extends RuntimeException {
        TokenCannotMintTokens() {
            super("an API token cannot manage API tokens");
        }
    }
}
