package org.civicchat.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open311 GeoReport v2 for the district's other systems.
 *
 * @param jurisdiction the jurisdiction_id clients may send (CIVICCHAT_OPEN311_JURISDICTION); blank: any or none
 * @param keys         the clients allowed to post, {@code name:key,name:key} (CIVICCHAT_OPEN311_KEYS); the
 *                     name becomes the ticket's source
 * @param contact      shown in discovery: whom a district system's developer asks
 */
@ConfigurationProperties(prefix = "civicchat.open311")
public record Open311Settings(@DefaultValue("") String jurisdiction,
                              @DefaultValue("") String keys,
                              @DefaultValue("区文明办（创建办）") String contact) {
}
