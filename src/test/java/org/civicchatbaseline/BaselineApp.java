package org.civicchatbaseline;

import org.civicchat.wechat.WechatSignature;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lives outside org.civicchat so the app's component scan never picks it up in tests.
 * The load run's baseline: the least a WeChat backend can do. A Spring Boot endpoint at the same path that
 * only verifies the signature and answers "success". Run in the same JVM settings as CivicChat.
 */
@SpringBootApplication(scanBasePackages = "org.civicchatbaseline.none")
public class BaselineApp {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(BaselineApp.class, BaselineEndpoint.class);
        app.run(args);
    }

    @org.springframework.context.annotation.Bean
    org.springframework.security.web.SecurityFilterChain openChain(
            org.springframework.security.config.annotation.web.builders.HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).csrf(c -> c.disable()).build();
    }

    @RestController
    static class BaselineEndpoint {

        private static final String TOKEN = System.getProperty("wechat.token", "civicchat-sandbox-token");

        @PostMapping("/wx/portal/{appid}")
        ResponseEntity<String> receive(@PathVariable String appid, @RequestParam String signature,
                                       @RequestParam String timestamp, @RequestParam String nonce,
                                       @RequestBody(required = false) String body) {
            if (!WechatSignature.matches(signature, TOKEN, timestamp, nonce)) {
                return ResponseEntity.status(HttpStatus.FORBIDDEN).body("bad signature");
            }
            return ResponseEntity.ok("success");
        }
    }
}
