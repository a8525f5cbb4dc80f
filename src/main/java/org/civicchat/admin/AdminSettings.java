package org.civicchat.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param password the first admin's password (CIVICCHAT_ADMIN_PASSWORD); random when blank */
@ConfigurationProperties(prefix = "civicchat.admin")
public record AdminSettings(String password) {
}
