package org.civicchat.ticket.routing;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.civicchat.shared.YamlDocuments;
import org.civicchat.ticket.Category;
import org.civicchat.ticket.TicketSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

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

    private static void apply(Rules rules, RoutingFile file, String source) {
        if (file == null) {
            return;
        }
        if (file.defaultDeadlineHours() != null) {
            rules.defaultDeadline = file.defaultDeadlineHours();
        }
        if (file.categories() != null) {
            file.categories().forEach((id, rule) -> {
                Category base = rules.categories.get(id);
                if (base == null) {
                    log.warn("Ticket routing ({}): unknown category {} ignored", source, id);
                    return;
                }
                CategoryRule c = rule == null ? new CategoryRule(null, null, null) : rule;
                rules.categories.put(id, new Category(base.id(), base.name(), base.examples(),
                        c.department() != null ? c.department() : base.department(),
                        c.deadlineHours() != null ? c.deadlineHours() : base.deadlineHours(),
                        c.afterPhoto() != null ? c.afterPhoto() : base.afterPhoto()));
            });
        }
        if (file.grids() != null) {
            rules.grids.clear();
            for (GridRule g : file.grids()) {
                Grid grid = new Grid(String.valueOf(g.grid()), g.keywords() == null ? List.of() : g.keywords(),
                        g.handler() == null ? "" : g.handler());
                rules.grids.add(grid);
                putOpenid(rules, grid.handler(), g.handlerOpenid());
            }
        }
        if (file.departments() != null) {
            file.departments().forEach((name, d) -> {
                String head = d == null || d.head() == null ? name + "负责人" : d.head();
                rules.heads.put(name, head);
                putOpenid(rules, head, d == null ? null : d.headOpenid());
            });
        }
        if (file.escalation() != null && file.escalation().superviseAfterHours() != null) {
            rules.superviseAfterHours = file.escalation().superviseAfterHours();
        }
    }

    private static void putOpenid(Rules rules, String person, String openid) {
        if (openid != null && !openid.isBlank()) {
            rules.openids.put(person, openid);
        }
    }

    private static RoutingFile yaml(InputStream in) {
        Object doc = YamlDocuments.tree(new InputStreamReader(in, StandardCharsets.UTF_8));
        return doc instanceof Map<?, ?> ? YamlDocuments.bind(doc, RoutingFile.class) : null;
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

    /** routing.yaml as written (see its header); absent keys are null and keep what was there before. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RoutingFile(Integer defaultDeadlineHours, Map<String, CategoryRule> categories, List<GridRule> grids,
                       Map<String, DepartmentRule> departments, EscalationRule escalation) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CategoryRule(String department, Integer deadlineHours, Boolean afterPhoto) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record GridRule(String grid, List<String> keywords, String handler, String handlerOpenid) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DepartmentRule(String head, String headOpenid) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record EscalationRule(Integer superviseAfterHours) {
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
