package org.civicchat.admin;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.List;

/** A request authenticated by an API token: its name (as "token:&lt;name&gt;"), role and optional department. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final ApiTokenStore.Token token;

    ApiTokenAuthentication(ApiTokenStore.Token token) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + token.role().name())));
        this.token = token;
        setAuthenticated(true);
    }

    ApiTokenStore.Token token() {
        return token;
    }

    String department() {
        return token.department();
    }

    @Override
    public String getName() {
        return "token:" + token.name();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return getName();
    }
}
