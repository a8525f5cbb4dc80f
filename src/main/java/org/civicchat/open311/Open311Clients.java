package org.civicchat.open311;

import java.util.Optional;

/**
 * Who an {@code api_key} belongs to. The keys of {@code CIVICCHAT_OPEN311_KEYS} are one source; the console's
 * API tokens can be another bean of this type, and a key any of them knows is accepted.
 */
public interface Open311Clients {

    /** The client's name for a key it knows, empty otherwise. */
    Optional<String> clientOf(String apiKey);
}
