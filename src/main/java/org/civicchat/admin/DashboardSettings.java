package org.civicchat.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dashboard: the targets its campaign figures are shown against.
 *
 * @param targets  each a share from 0 to 1
 * @param outlines a GeoJSON file of the district's grids (Polygon features, {@code properties.name} the grid's
 *                 name as in routing.yaml) for the hotspot map; blank means the bundled dashboard/grids.geojson
 */
@ConfigurationProperties(prefix = "civicchat.dashboard")
public record DashboardSettings(@DefaultValue Targets targets, @DefaultValue("") String outlines) {

    public DashboardSettings {
        targets = targets == null ? Targets.DEFAULTS : targets;
        outlines = outlines == null ? "" : outlines.strip();
    }

    /**
     * What the 测评 asks of the campaign survey's figures. The defaults follow common 文明城市 测评 practice
     * (知晓率 and 满意度 at least 90%); 参与率 is the district's own goal.
     */
    public record Targets(@DefaultValue("0.90") double awareness, @DefaultValue("0.80") double participation,
                          @DefaultValue("0.90") double satisfaction) {

        static final Targets DEFAULTS = new Targets(0.90, 0.80, 0.90);

        public Targets {
            check("awareness", awareness);
            check("participation", participation);
            check("satisfaction", satisfaction);
        }

        private static void check(String name, double value) {
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("civicchat.dashboard.targets." + name
                        + " must be a share from 0 to 1 (0.90 for 90%), was " + value);
            }
        }
    }
}
