package org.civicchat.open311;

import org.civicchat.ticket.Actor;
import org.civicchat.ticket.Category;
import org.civicchat.ticket.DraftPart;
import org.civicchat.ticket.Filing;
import org.civicchat.ticket.ResidentTickets;
import org.civicchat.ticket.StaffTickets;
import org.civicchat.ticket.Ticket;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * POST requests: a district system's report becomes a ticket the way a resident's chat does: routed by its
 * service code, folded into an open ticket that already reports the same thing, followed through its life
 * (readable at requests/{id}). The client's name (its key's) is the ticket's source. Contact details go to a
 * staff-only note, never into the public description. Nothing is stored unless every field is valid.
 */
@Component
class RequestIntake {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\]]{1,60})](\\[])?");
    static final int MAX_DESCRIPTION = 4000;

    private final ResidentTickets tickets;
    private final StaffTickets staff;
    private final ServiceCatalog catalog;
    private final List<Open311Clients> clients;

    RequestIntake(ResidentTickets tickets, StaffTickets staff, ServiceCatalog catalog, List<Open311Clients> clients) {
        this.tickets = tickets;
        this.staff = staff;
        this.catalog = catalog;
        this.clients = clients;
    }

    /** @return the answer's one item: service_request_id and service_notice */
    Map<String, Object> post(MultiValueMap<String, String> form) {
        String client = client(first(form, "api_key"));
        String code = first(form, "service_code");
        if (code == null) {
            throw Open311Error.badRequest("缺少 service_code");
        }
        Category category = catalog.category(code).orElseThrow(() -> Open311Error.badRequest("没有这个服务类别：" + code));
        Double lat = coordinate(form, "lat", 90);
        Double lon = coordinate(form, "long", 180);
        if ((lat == null) != (lon == null)) {
            throw Open311Error.badRequest("lat 和 long 须同时提供");
        }
        String address = first(form, "address_string");
        if (address == null) {
            address = first(form, "address_id");
        }
        if (lat == null && address == null) {
            throw Open311Error.badRequest("请提供位置：lat 和 long，或 address_string");
        }
        String description = first(form, "description");
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw Open311Error.badRequest("description 不能超过 " + MAX_DESCRIPTION + " 个字");
        }
        String media = mediaUrl(first(form, "media_url"));
        List<String> answers = attributes(form, category.id());
        String text = join(description, answers);
        if (text.isEmpty() && media == null) {
            throw Open311Error.badRequest("请提供 description（问题描述）或 media_url（照片）");
        }

        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String filer = Ticket.SYSTEM_PREFIX + client + ":" + id;
        tickets.addToDraft(filer, new DraftPart(text.isEmpty() ? null : text, category.id(), address, lat, lon,
                null, media));
        Filing filing = tickets.fileDraft(filer, filer, true);
        if (filing.ticket() == null) {
            tickets.discardDraft(filer);
            throw Open311Error.badRequest("内容不足以立案，请补充问题描述和位置");
        }
        Ticket t = filing.ticket();
        contact(form, client).ifPresent(note -> staff.note(t.number(), Actor.SYSTEM, note));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_request_id", t.number());
        m.put("service_notice", filing.outcome() == Filing.Outcome.FOLLOWED
                ? "该问题已有正在办理的工单 " + t.number() + "，已并入一并跟进。"
                : "已受理，由" + t.department() + "办理。");
        return m;
    }

    private String client(String apiKey) {
        for (Open311Clients c : clients) {
            Optional<String> name = c.clientOf(apiKey);
            if (name.isPresent()) {
                return name.get();
            }
        }
        throw Open311Error.forbidden(apiKey == null ? "缺少 api_key" : "api_key 无效");
    }

    private List<String> attributes(MultiValueMap<String, String> form, String code) {
        Map<String, Attribute> known = new LinkedHashMap<>();
        catalog.attributes(code).forEach(a -> known.put(a.code(), a));
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            Matcher m = ATTRIBUTE.matcher(e.getKey());
            if (m.matches()) {
                given.computeIfAbsent(m.group(1), k -> new ArrayList<>()).addAll(
                        e.getValue().stream().map(String::strip).filter(v -> !v.isEmpty()).toList());
            }
        }
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : given.entrySet()) {
            Attribute a = known.get(e.getKey());
            if (a == null) {
                throw Open311Error.badRequest("服务 " + code + " 没有属性 " + e.getKey());
            }
            List<String> values = e.getValue();
            if (values.isEmpty()) {
                continue;
            }
            if (!a.datatype().equals("multivaluelist") && values.size() > 1) {
                throw Open311Error.badRequest("属性 " + a.code() + " 只能有一个值");
            }
            List<String> shown = new ArrayList<>();
            for (String v : values) {
                shown.add(value(a, v));
            }
            out.add(a.description() + "：" + String.join("、", shown));
        }
        for (Attribute a : known.values()) {
            if (a.required() && given.getOrDefault(a.code(), List.of()).isEmpty()) {
                throw Open311Error.badRequest("缺少必填属性 " + a.code() + "（" + a.description() + "）");
            }
        }
        return out;
    }

    private static String value(Attribute a, String v) {
        if (a.isList()) {
            String name = a.values().get(v);
            if (name == null) {
                throw Open311Error.badRequest("属性 " + a.code() + " 的值须为 " + String.join("、", a.values().keySet())
                        + " 之一，收到：" + v);
            }
            return name;
        }
        if (a.datatype().equals("number")) {
            try {
                Double.parseDouble(v);
            } catch (NumberFormatException e) {
                throw Open311Error.badRequest("属性 " + a.code() + " 须为数字，收到：" + v);
            }
        } else if (a.datatype().equals("datetime")) {
            RequestFeed.instant("attribute[" + a.code() + "]", v);
        }
        if (v.length() > 500) {
            throw Open311Error.badRequest("属性 " + a.code() + " 的值太长");
        }
        return v;
    }

    private static String join(String description, List<String> answers) {
        List<String> parts = new ArrayList<>();
        if (description != null) {
            parts.add(description);
        }
        parts.addAll(answers);
        return String.join("；", parts);
    }

    private static Optional<String> contact(MultiValueMap<String, String> form, String client) {
        List<String> parts = new ArrayList<>();
        String name = ((first(form, "last_name") == null ? "" : first(form, "last_name"))
                + (first(form, "first_name") == null ? "" : first(form, "first_name"))).strip();
        if (!name.isEmpty()) {
            parts.add("联系人 " + cap(name, 40));
        }
        if (first(form, "phone") != null) {
            parts.add("电话 " + cap(first(form, "phone"), 40));
        }
        if (first(form, "email") != null) {
            parts.add("邮箱 " + cap(first(form, "email"), 100));
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of("由 " + client + " 转来，" + String.join("，", parts) + "（仅供工作人员联系，不对外公开）");
    }

    private static Double coordinate(MultiValueMap<String, String> form, String name, double limit) {
        String v = first(form, name);
        if (v == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Math.abs(d) > limit) {
                throw Open311Error.badRequest(name + " 超出范围：" + v);
            }
            return d;
        } catch (NumberFormatException e) {
            throw Open311Error.badRequest(name + " 须为数字，收到：" + v);
        }
    }

    private static String mediaUrl(String v) {
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    || v.length() > 1000) {
                throw Open311Error.badRequest("media_url 须为 http(s) 链接");
            }
            return v;
        } catch (URISyntaxException e) {
            throw Open311Error.badRequest("media_url 须为 http(s) 链接");
        }
    }

    private static String first(MultiValueMap<String, String> form, String name) {
        String v = form.getFirst(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    private static String cap(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
