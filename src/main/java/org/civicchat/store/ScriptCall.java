package org.civicchat.store;

import java.util.List;

/**
 * One call of a Lua script, made so several features' scripts can share one round trip
 * ({@link RedisScript#runAll}). The keys of one call must share a hash tag (one Cluster slot); calls on
 * different slots may meet in one batch.
 */
public record ScriptCall(RedisScript script, List<String> keys, List<String> args) {

    public ScriptCall {
        if (script == null) {
            throw new IllegalArgumentException("script must not be null");
        }
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("a script call needs at least one key (it picks the slot), was " + keys);
        }
        keys = List.copyOf(keys);
        args = List.copyOf(args);
    }
}
