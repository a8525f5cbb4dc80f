package org.civicchat.open311;

import org.civicchat.ticket.Category;
import org.civicchat.ticket.StaffTickets;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ticket categories as Open311 services, each with the attributes of {@code open311/attributes.yaml}. */
@Component
class ServiceCatalog {

    private static final String RESOURCE = "/open311/attributes.yaml";

    private final StaffTickets tickets;
    private final List<Attribute> common;
    private final Map<String, List<Attribute>> own;

    ServiceCatalog(StaffTickets tickets) {
        this.tickets = tickets;
        Map<String, Object> root = load();
        this.common = attributes(root.get("common"));
        this.own = new LinkedHashMap<>();
        if (root.get("services") instanceof Map<?, ?> services) {
            services.forEach((code, list) -> own.put(code.toString(), attributes(list)));
        }
    }

    List<Category> categories() {
        return tickets.categories();
    }

    Optional<Category> category(String code) {
        return tickets.categories().stream().filter(c -> c.id().equals(code)).findFirst();
    }

    /** The service's attributes, common first. */
    List<Attribute> attributes(String code) {
        List<Attribute> out = new ArrayList<>(common);
        out.addAll(own.getOrDefault(code, List.of()));
        return out;
    }

    List<Map<String, Object>> services() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Category c : categories()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("service_code", c.id());
            m.put("service_name", c.name());
            m.put("description", c.examples().replace('；', '、'));
            m.put("metadata", !attributes(c.id()).isEmpty());
            m.put("type", "realtime");
            m.put("keywords", c.examples().replace('；', ','));
            m.put("group", c.department());
            out.add(m);
        }
        return out;
    }

    /** services/{code}: the definition with its attributes. @throws Open311Error 404 for an unknown code */
    Map<String, Object> definition(String code) {
        Category c = category(code).orElseThrow(() -> Open311Error.notFound("没有这个服务类别：" + code));
        List<Object> attrs = new ArrayList<>();
        List<Attribute> list = attributes(c.id());
        for (int i = 0; i < list.size(); i++) {
            attrs.add(list.get(i).json(i + 1));
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("service_code", c.id());
        m.put("attributes", attrs);
        return m;
    }

    private static List<Attribute> attributes(Object raw) {
        List<Attribute> out = new ArrayList<>();
        if (raw instanceof List<?> list) {
            for (Object o : list) {
                Map<?, ?> m = (Map<?, ?>) o;
                Map<String, String> values = new LinkedHashMap<>();
                if (m.get("values") instanceof Map<?, ?> v) {
                    v.forEach((k, name) -> values.put(k.toString(), name.toString()));
                }
                out.add(new Attribute(str(m.get("code")), str(m.get("description")), str(m.get("datatype")),
                        Boolean.TRUE.equals(m.get("required")), values));
            }
        }
        return out;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    private static Map<String, Object> load() {
        try (InputStream in = ServiceCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return root == null ? Map.of() : root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
