package org.civicchat.ticket;

import tools.jackson.databind.json.JsonMapper;

/**
 * The small JSON values the stores keep (log lines, photos, reports, media jobs), each a record written and read
 * as it is. Its own mapper rather than Boot's: what is already in Redis must read back the same whatever the web
 * API's Jackson settings ({@code spring.jackson.*}) become.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }
}
