package org.civicchat.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The district's grids as simple outlines for the hotspot map, drawn from our own GeoJSON (no map tiles): the
 * bundled {@code dashboard/grids.geojson}, or the file {@code civicchat.dashboard.outlines} names. Only
 * Polygon features are read (their outer ring); the grid's name is {@code properties.name}. Read once at start.
 */
@Component
class GridOutlines {

    private static final Logger log = LoggerFactory.getLogger(GridOutlines.class);
    static final String BUNDLED = "dashboard/grids.geojson";

    private final List<Outline> outlines;

    GridOutlines(DashboardSettings settings, JsonMapper json) {
        this.outlines = settings.outlines().isEmpty() ? bundled(json) : file(json, Path.of(settings.outlines()));
    }

    List<Outline> all() {
        return outlines;
    }

    List<String> names() {
        return outlines.stream().map(Outline::grid).toList();
    }

    private static List<Outline> bundled(JsonMapper json) {
        try (InputStream in = GridOutlines.class.getClassLoader().getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return parse(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Outline> file(JsonMapper json, Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            List<Outline> read = parse(json.readTree(in));
            log.info("Dashboard: {} grid outlines from {}", read.size(), path);
            return read;
        } catch (IOException | RuntimeException e) {
            log.error("Dashboard: grid outlines {} unreadable ({}); the bundled ones are shown", path, e.getMessage());
            return bundled(json);
        }
    }

    /** The Polygon features of a GeoJSON FeatureCollection, each with a name. */
    static List<Outline> parse(JsonNode geojson) {
        List<Outline> out = new ArrayList<>();
        for (JsonNode feature : geojson.path("features")) {
            String name = feature.path("properties").path("name").asString("").strip();
            JsonNode geometry = feature.path("geometry");
            if (name.isEmpty() || !"Polygon".equals(geometry.path("type").asString(""))) {
                continue;
            }
            List<double[]> ring = new ArrayList<>();
            for (JsonNode point : geometry.path("coordinates").path(0)) {
                double lng = point.path(0).asDouble(Double.NaN);
                double lat = point.path(1).asDouble(Double.NaN);
                if (Double.isNaN(lng) || Double.isNaN(lat) || Math.abs(lat) > 90 || Math.abs(lng) > 180) {
                    throw new IllegalArgumentException("grid " + name + " has a point that is not [longitude, latitude]: " + point);
                }
                ring.add(new double[]{lng, lat});
            }
            if (ring.size() < 4) {
                throw new IllegalArgumentException("grid " + name + " needs a closed ring of at least 4 points, has " + ring.size());
            }
            out.add(new Outline(name, List.copyOf(ring)));
        }
        return List.copyOf(out);
    }

    /** @param ring the outer ring, [longitude, latitude] pairs, first = last */
    record Outline(String grid, List<double[]> ring) {
    }
}
