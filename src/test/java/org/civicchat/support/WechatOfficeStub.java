package org.civicchat.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The office side of the WeChat API stub, as WeChat documents it: {@code menu/create} (1–3 buttons, else 40016;
 * at most 5 sub-buttons, else 40023) and {@code menu/get} (46003 while there is none); {@code tags/create}
 * (45157 name taken, 45158 name over 30 bytes), {@code tags/get}, {@code tags/members/batchtagging} and
 * {@code batchuntagging} (40032 over 50 openids, 45159 no such tag), {@code user/tag/get} (pages of
 * {@link #pageSize} openids with {@code next_openid}); {@code message/mass/sendall} (45065 with the first send's
 * msg_id for a repeated clientmsgid, 45028 once the month's quota is used).
 */
public final class WechatOfficeStub {

    /** The token check and injected failures of the main stub; false when it has answered already. */
    interface Gate {
        boolean accept(HttpExchange ex) throws IOException;
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Gate gate;
    private volatile String menu;
    private final AtomicInteger menuCreates = new AtomicInteger();
    private final Map<Long, Tag> tags = new LinkedHashMap<>();
    private final AtomicLong tagIds = new AtomicLong(100);
    private final AtomicInteger taggingCalls = new AtomicInteger();
    private final Queue<Mass> masses = new ConcurrentLinkedQueue<>();
    private final Map<String, Long> clientMsgIds = new LinkedHashMap<>();
    private final AtomicLong massIds = new AtomicLong(1000);
    private volatile int massQuota = Integer.MAX_VALUE;
    private volatile int pageSize = 10_000;
    private volatile int taggingOk = Integer.MAX_VALUE;
    private volatile int taggingError;

    WechatOfficeStub(Gate gate) {
        this.gate = gate;
    }

    void install(HttpServer server) {
        server.createContext("/cgi-bin/menu/create", ex -> handle(ex, this::menuCreate));
        server.createContext("/cgi-bin/menu/get", ex -> handle(ex, body -> menuGet()));
        server.createContext("/cgi-bin/tags/create", ex -> handle(ex, this::tagCreate));
        server.createContext("/cgi-bin/tags/get", ex -> handle(ex, body -> tagGet()));
        server.createContext("/cgi-bin/tags/members/batchtagging", ex -> handle(ex, b -> tagging(b, true)));
        server.createContext("/cgi-bin/tags/members/batchuntagging", ex -> handle(ex, b -> tagging(b, false)));
        server.createContext("/cgi-bin/user/tag/get", ex -> handle(ex, this::members));
        server.createContext("/cgi-bin/message/mass/sendall", ex -> handle(ex, this::massSend));
    }

    // ---- what tests look at and arrange

    /** The live menu's JSON as WeChat stored it, or null. */
    public String menu() {
        return menu;
    }

    public int menuCreates() {
        return menuCreates.get();
    }

    /** Members of the tag with this name, as WeChat has them (empty when there is no such tag). */
    public synchronized Set<String> members(String tagName) {
        return tags.values().stream().filter(t -> t.name.equals(tagName)).findFirst()
                .map(t -> Set.copyOf(t.openids)).orElse(Set.of());
    }

    public synchronized Map<String, Long> tagIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        tags.forEach((id, t) -> ids.put(t.name, id));
        return ids;
    }

    /** A tag created in WeChat directly (on the platform's own pages), not through us. */
    public synchronized long createTagDirectly(String name, String... openids) {
        long id = tagIds.incrementAndGet();
        Tag tag = new Tag(name);
        tag.openids.addAll(List.of(openids));
        tags.put(id, tag);
        return id;
    }

    public int taggingCalls() {
        return taggingCalls.get();
    }

    public List<Mass> masses() {
        return List.copyOf(masses);
    }

    /** How many more mass sends WeChat accepts before 45028. */
    public void massQuota(int left) {
        this.massQuota = left;
    }

    /** Tagging calls after the first {@code ok} answer with {@code code}. */
    public void failTaggingAfter(int ok, int code) {
        this.taggingOk = ok;
        this.taggingError = code;
    }

    /** Members per page of {@code user/tag/get}. */
    public void pageSize(int size) {
        this.pageSize = size;
    }

    synchronized void clear() {
        menu = null;
        menuCreates.set(0);
        tags.clear();
        taggingCalls.set(0);
        masses.clear();
        clientMsgIds.clear();
        massQuota = Integer.MAX_VALUE;
        pageSize = 10_000;
        taggingOk = Integer.MAX_VALUE;
    }

    // ---- the endpoints

    private interface Endpoint {
        String answer(JsonNode body);
    }

    private void handle(HttpExchange ex, Endpoint endpoint) throws IOException {
        String raw = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!gate.accept(ex)) {
            return;
        }
        JsonNode body = raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
        String answer;
        synchronized (this) {
            answer = endpoint.answer(body);
        }
        WechatApiStub.answer(ex, answer);
    }

    private static String error(int code, String message) {
        return "{\"errcode\":" + code + ",\"errmsg\":\"" + message + "\"}";
    }

    private static final String OK = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    private String menuCreate(JsonNode body) {
        JsonNode buttons = body.path("button");
        if (!buttons.isArray() || buttons.isEmpty() || buttons.size() > 3) {
            return error(40016, "invalid button size");
        }
        for (JsonNode b : buttons) {
            if (b.path("sub_button").size() > 5) {
                return error(40023, "invalid sub button size");
            }
        }
        menu = JSON.writeValueAsString(body);
        menuCreates.incrementAndGet();
        return OK;
    }

    private String menuGet() {
        return menu == null ? error(46003, "menu no exist") : "{\"menu\":" + menu + "}";
    }

    private String tagCreate(JsonNode body) {
        String name = body.path("tag").path("name").asString("");
        if (name.getBytes(StandardCharsets.UTF_8).length > 30) {
            return error(45158, "tag name too long");
        }
        if (tags.values().stream().anyMatch(t -> t.name.equals(name))) {
            return error(45157, "invalid tag name");
        }
        long id = tagIds.incrementAndGet();
        tags.put(id, new Tag(name));
        ObjectNode answer = JSON.createObjectNode();
        answer.putObject("tag").put("id", id).put("name", name);
        return JSON.writeValueAsString(answer);
    }

    private String tagGet() {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode list = answer.putArray("tags");
        tags.forEach((id, t) -> list.addObject().put("id", id).put("name", t.name).put("count", t.openids.size()));
        return JSON.writeValueAsString(answer);
    }

    private String tagging(JsonNode body, boolean add) {
        if (taggingCalls.incrementAndGet() > taggingOk) {
            return error(taggingError, "stub error " + taggingError);
        }
        JsonNode openids = body.path("openid_list");
        if (openids.size() > 50) {
            return error(40032, "invalid openid list size");
        }
        Tag tag = tags.get(body.path("tagid").asLong(-1));
        if (tag == null) {
            return error(45159, "invalid tag id");
        }
        for (JsonNode o : openids) {
            if (add) {
                tag.openids.add(o.asString());
            } else {
                tag.openids.remove(o.asString());
            }
        }
        return OK;
    }

    private String members(JsonNode body) {
        Tag tag = tags.get(body.path("tagid").asLong(-1));
        if (tag == null) {
            return error(45159, "invalid tag id");
        }
        List<String> all = new ArrayList<>(tag.openids);
        String next = body.path("next_openid").asString("");
        int from = next.isEmpty() ? 0 : all.indexOf(next) + 1;
        List<String> page = all.subList(Math.min(from, all.size()), Math.min(all.size(), from + pageSize));
        ObjectNode answer = JSON.createObjectNode();
        answer.put("count", page.size());
        ArrayNode data = answer.putObject("data").putArray("openid");
        page.forEach(data::add);
        answer.put("next_openid", page.isEmpty() ? "" : page.get(page.size() - 1));
        return JSON.writeValueAsString(answer);
    }

    private String massSend(JsonNode body) {
        String clientMsgId = body.path("clientmsgid").asString("");
        if (!clientMsgId.isEmpty() && clientMsgIds.containsKey(clientMsgId)) {
            return "{\"errcode\":45065,\"errmsg\":\"clientmsgid exist\",\"msg_id\":" + clientMsgIds.get(clientMsgId) + "}";
        }
        if (massQuota <= 0) {
            return error(45028, "has no masssend quota");
        }
        JsonNode filter = body.path("filter");
        boolean toAll = filter.path("is_to_all").asBoolean(false);
        Long tagId = filter.has("tag_id") ? filter.path("tag_id").asLong() : null;
        if (!toAll && (tagId == null || !tags.containsKey(tagId))) {
            return error(40050, "invalid tag id");
        }
        massQuota--;
        long msgId = massIds.incrementAndGet();
        if (!clientMsgId.isEmpty()) {
            clientMsgIds.put(clientMsgId, msgId);
        }
        masses.add(new Mass(toAll, tagId, body.path("msgtype").asString(""), body.path("text").path("content").asString(""),
                clientMsgId, msgId));
        return "{\"errcode\":0,\"errmsg\":\"send job submission success\",\"msg_id\":" + msgId
                + ",\"msg_data_id\":" + (msgId * 10) + "}";
    }

    private static final class Tag {
        final String name;
        final Set<String> openids = new LinkedHashSet<>();

        Tag(String name) {
            this.name = name;
        }
    }

    /** One mass send WeChat accepted. */
    public record Mass(boolean toAll, Long tagId, String msgType, String content, String clientMsgId, long msgId) {
    }
}
