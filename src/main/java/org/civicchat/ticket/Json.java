package org.civicchat.ticket;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** The small JSON values the stores keep (log lines, photos, drafts' parts, media jobs). */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private Json() {
    }

    public static String write(Map<String, ?> value) {
        return MAPPER.writeValueAsString(value);
    }

    public static Map<String, Object> read(String json) {
        return MAPPER.readValue(json, MAP);
    }

    public static String str(Map<String, Object> map, String key) {
        Object v = map.get(key);
        return v == null ? null : String.valueOf(v);
    }
}
