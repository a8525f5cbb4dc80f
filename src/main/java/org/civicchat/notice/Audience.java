package org.civicchat.notice;

import com.fasterxml.jackson.annotation.JsonFormat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Who a notice goes to. {@code type}: all (every subscriber), topic (its followers), tag (a WeChat tag's
 * members), community (a grid or community's residents), openids (exactly these). {@code value}: the topic,
 * tag or community name, or the openids; a single string is accepted for one value.
 */
public record Audience(String type,
                       @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> value) {

    public static final List<String> TYPES = List.of("all", "topic", "tag", "community", "grid", "openids");

    public Audience {
        type = type == null ? null : type.trim().toLowerCase(Locale.ROOT);
        value = value == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(value));
    }

    public static Audience all() {
        return new Audience("all", List.of());
    }

    public static Audience topic(String topic) {
        return new Audience("topic", List.of(topic));
    }

    public static Audience openids(List<String> openids) {
        return new Audience("openids", openids);
    }

    /** Broadcast audiences leave out residents who sent "退订"; a list of openids is explicit and does not. */
    boolean broadcast() {
        return !"openids".equals(type);
    }

    /** grid is another word for community. */
    String groupType() {
        return "grid".equals(type) ? "community" : type;
    }
}
