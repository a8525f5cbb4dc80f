package org.civicchat.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.Locale;

/**
 * @param publish which tickets the public Open311 feed shows: {@code all} (every ticket an operator has not
 *                hidden; the district's other systems read them by number) or {@code marked} (only those an
 *                operator marked public). Either way a ticket not shown answers exactly like one that does not exist.
 */
@ConfigurationProperties(prefix = "civicchat.open311")
record Open311Settings(@DefaultValue("all") String publish) {

    Open311Settings {
        publish = publish == null ? "all" : publish.strip().toLowerCase(Locale.ROOT);
        if (!publish.equals("all") && !publish.equals("marked")) {
            throw new IllegalArgumentException("CIVICCHAT_OPEN311_PUBLISH must be all or marked, was '" + publish + "'");
        }
    }

    boolean onlyMarked() {
        return publish.equals("marked");
    }
}
