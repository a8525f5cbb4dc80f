package org.civicchat.ticket.routing;

import org.civicchat.ticket.Category;
import org.civicchat.ticket.TicketSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routing rules: categories.tsv gives each category its name and default department; routing.yaml (bundled,
 * then the operator's override under the data directory) adds deadlines, after-photo rules, grids and
 * department heads. A broken override is logged and ignored: the last good rules stay in force.
 */
@Component
public class Routing {

    private static final Logger log = LoggerFactory.getLogger(Routing.class);
    public static final String OTHER = "other";

    private final Path override;
    private volatile FileTime overrideSeen;
    private volatile Rules rules;

    public Routing(TicketSettings settings) {
        this.override = settings.dataDir().resolve("ticket").resolve("routing.yaml");
        this.rules = load();
    }

    public List<Category> categories() {
        return List.copyOf(rules.categories.values());
    }

    /** The category, or "other" for an unknown or missing id. */
    public Category category(String id) {
        Category c = id == null ? null : rules.categories.get(id);
        return c != null ? c : rules.categories.get(OTHER);
    }

    public boolean knows(String categoryId) {
        return categoryId != null && rules.categories.containsKey(categoryId);
    }

    public Route route(String categoryId, String location) {
        Category category = category(categoryId);
        Optional<Grid> grid = grid(location);
        return new Route(category.department(), grid.map(Grid::name).orElse(""),
                grid.map(Grid::handler).orElse(""), category.deadlineHours());
    }

    Optional<Grid> grid(String location) {
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        return rules.grids.stream().filter(g -> g.keywords.stream().anyMatch(location::contains)).findFirst();
    }

    /** The openid bound to a handler or department head, for 催办/督办 in the chat; empty when none. */
    public Optional<String> openidOf(String person) {
        return Optional.ofNullable(rules.openids.get(person)).filter(s -> !s.isBlank());
    }

    public String headOf(String department) {
        return rules.heads.getOrDefault(department, department + "负责人");
    }

    public int superviseAfterHours() {
        return rules.superviseAfterHours;
    }

    /** Re-reads the override when its modification time changed. */
    public void reloadIfChanged() {
        FileTime now = mtime();
        if (now == null ? overrideSeen != null : !now.equals(overrideSeen)) {
            rules = load();
        }
    }

    private Rules load() {
        overrideSeen = mtime();
        Rules loaded = new Rules();
        readCategories(loaded);
        apply(loaded, yaml(resource("ticket/routing.yaml")), "bundled routing.yaml");
        if (Files.isRegularFile(override)) {
            try (InputStream in = Files.newInputStream(override)) {
                Rules candidate = loaded.copy();
                apply(candidate, yaml(in), override.toString());
                loaded = candidate;
                log.info("Ticket routing: override {} applied", override);
            } catch (IOException | RuntimeException e) {
                log.error("Ticket routing: override {} ignored, it could not be read: {}", override, e.getMessage());
                return rules == null ? withDefaults(loaded) : rules;
            }
        }
        return withDefaults(loaded);
    }

    private static Rules withDefaults(Rules rules) {
        rules.categories.replaceAll((id, c) -> c.deadlineHours() > 0 ? c
                : new Category(c.id(), c.name(), c.examples(), c.department(), rules.defaultDeadline, c.afterPhoto()));
        return rules;
    }

    private FileTime mtime() {
        try {
            return Files.isRegularFile(override) ? Files.getLastModifiedTime(override) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static void readCategories(Rules rules) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource("ticket/categories.tsv"),
                StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                String[] cols = line.split("\t", -1);
                if (cols.length >= 4 && !cols[0].isBlank()) {
                    rules.categories.put(cols[0], new Category(cols[0], cols[1], cols[2], cols[3], 0, false));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("ticket/categories.tsv unreadable", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void apply(Rules rules, Map<String, Object> yaml, String source) {
        if (yaml == null) {
            return;
        }
        if (yaml.get("defaultDeadlineHours") instanceof Number n) {
            rules.defaultDeadline = n.intValue();
        }
        Map<String, Object> categories = (Map<String, Object>) yaml.getOrDefault("categories", Map.of());
        for (Map.Entry<String, Object> e : categories.entrySet()) {
            Category base = rules.categories.get(e.getKey());
            if (base == null) {
                log.warn("Ticket routing ({}): unknown category {} ignored", source, e.getKey());
                continue;
            }
            Map<String, Object> c = e.getValue() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            rules.categories.put(e.getKey(), new Category(base.id(), base.name(), base.examples(),
                    String.valueOf(c.getOrDefault("department", base.department())),
                    c.get("deadlineHours") instanceof Number n ? n.intValue() : base.deadlineHours(),
                    Boolean.TRUE.equals(c.getOrDefault("afterPhoto", base.afterPhoto()))));
        }
        if (yaml.get("grids") instanceof List<?> grids) {
            rules.grids.clear();
            for (Object o : grids) {
                Map<String, Object> g = (Map<String, Object>) o;
                List<String> keywords = ((List<Object>) g.getOrDefault("keywords", List.of())).stream()
                        .map(String::valueOf).toList();
                Grid grid = new Grid(String.valueOf(g.get("grid")), keywords, String.valueOf(g.getOrDefault("handler", "")));
                rules.grids.add(grid);
                putOpenid(rules, grid.handler(), g.get("handlerOpenid"));
            }
        }
        Map<String, Object> departments = (Map<String, Object>) yaml.getOrDefault("departments", Map.of());
        departments.forEach((name, value) -> {
            Map<String, Object> d = (Map<String, Object>) value;
            String head = String.valueOf(d.getOrDefault("head", name + "负责人"));
            rules.heads.put(name, head);
            putOpenid(rules, head, d.get("headOpenid"));
        });
        Map<String, Object> escalation = (Map<String, Object>) yaml.getOrDefault("escalation", Map.of());
        if (escalation.get("superviseAfterHours") instanceof Number n) {
            rules.superviseAfterHours = n.intValue();
        }
    }

    private static void putOpenid(Rules rules, String person, Object openid) {
        if (openid != null && !String.valueOf(openid).isBlank()) {
            rules.openids.put(person, String.valueOf(openid));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(InputStream in) {
        Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        return doc instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    private static InputStream resource(String name) {
        InputStream in = Routing.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    record Grid(String name, List<String> keywords, String handler) {
    }

    private static final class Rules {
        final Map<String, Category> categories = new LinkedHashMap<>();
        final List<Grid> grids = new ArrayList<>();
        final Map<String, String> heads = new LinkedHashMap<>();
        final Map<String, String> openids = new LinkedHashMap<>();
        int defaultDeadline = 72;
        int superviseAfterHours = 24;

        Rules copy() {
            Rules r = new Rules();
            r.categories.putAll(categories);
            r.grids.addAll(grids);
            r.heads.putAll(heads);
            r.openids.putAll(openids);
            r.defaultDeadline = defaultDeadline;
            r.superviseAfterHours = superviseAfterHours;
            return r;
        }
    }
}
