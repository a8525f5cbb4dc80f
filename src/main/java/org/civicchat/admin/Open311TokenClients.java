package org.civicchat.admin;

import org.civicchat.open311.Open311Clients;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The console's API tokens as Open311 {@code api_key}s: a token of an admin or operator (not a handler's,
 * which is bound to one department) may post requests; its name becomes the ticket's source.
 */
@Component
class Open311TokenClients implements Open311Clients {

    private final ApiTokenStore tokens;

    Open311TokenClients(ApiTokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<String> clientOf(String apiKey) {
        return tokens.find(apiKey)
                .filter(t -> t.role() == StaffRole.ADMIN || t.role() == StaffRole.OPERATOR)
                .map(t -> t.name().strip().replace(':', '-').replace(' ', '_'));
    }
}
