package org.civicchat.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Who may call what: WeChat's portal and the public pages are open (the portal checks WeChat's signature
 * itself); everything under /api/admin needs a staff account over HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    AdminPassword adminPassword(AdminSettings settings) {
        if (settings.password() != null && !settings.password().isBlank()) {
            return new AdminPassword(settings.password(), false);
        }
        byte[] random = new byte[12];
        new SecureRandom().nextBytes(random);
        return new AdminPassword(Base64.getUrlEncoder().withoutPadding().encodeToString(random), true);
    }

    @Bean
    UserDetailsService staffAccounts(AdminPassword admin, PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(User.withUsername("admin")
                .password(encoder.encode(admin.value()))
                .roles("ADMIN", "OPERATOR")
                .build());
    }

    @Bean
    SecurityFilterChain filterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/admin/**").hasRole("ADMIN")
                        .requestMatchers("/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .httpBasic(Customizer.withDefaults())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/wx/**", "/simulator/**", "/api/**"))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    /** The first admin's password; {@code generated} passwords are shown once in the start-up log. */
    record AdminPassword(String value, boolean generated) {
        @Override
        public String toString() {
            return "AdminPassword[generated=" + generated + "]";
        }
    }
}
