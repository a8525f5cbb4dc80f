package org.civicchat.open311;

import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The clients of {@code CIVICCHAT_OPEN311_KEYS=name:key,name:key}. Names are letters, digits, '-', '_' or
 * Chinese; keys at least 16 characters. Keys are compared in constant time.
 */
@Component
class ConfiguredClients implements Open311Clients {

    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}A-Za-z0-9_-]{1,40}");
    static final int MIN_KEY = 16;

    private final Map<String, String> nameByKey = new LinkedHashMap<>();

    ConfiguredClients(Open311Settings settings) {
        String raw = settings.keys() == null ? "" : settings.keys().strip();
        if (raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split(",")) {
            int colon = pair.indexOf(':');
            String name = colon < 0 ? "" : pair.substring(0, colon).strip();
            String key = colon < 0 ? "" : pair.substring(colon + 1).strip();
            if (!NAME.matcher(name).matches() || key.length() < MIN_KEY) {
                throw new IllegalStateException("CIVICCHAT_OPEN311_KEYS must be name:key pairs separated by commas, "
                        + "names of letters, digits, - or _, keys of at least " + MIN_KEY + " characters; entry "
                        + (name.isEmpty() ? "#" + (nameByKey.size() + 1) : name) + " is not");
            }
            nameByKey.put(key, name);
        }
    }

    @Override
    public Optional<String> clientOf(String apiKey) {
        if (apiKey == null || apiKey.isEmpty()) {
            return Optional.empty();
        }
        byte[] given = apiKey.getBytes(StandardCharsets.UTF_8);
        String found = null;
        for (Map.Entry<String, String> e : nameByKey.entrySet()) {
            if (MessageDigest.isEqual(given, e.getKey().getBytes(StandardCharsets.UTF_8))) {
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }
}
