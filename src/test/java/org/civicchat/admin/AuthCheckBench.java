package org.civicchat.admin;

import org.civicchat.support.AppTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Arrays;

/**
 * In-process cost of the credential checks alone, without HTTP or the endpoint's own work: an API token's
 * SHA-256 and HGETALL, a remembered Basic credential, and the BCrypt check it saves. Run with
 * {@code ./mvnw -q test -Dtest=AuthCheckBench -Dcivicchat.bench=20000} (the number of timed checks).
 */
@AppTest
@EnabledIfSystemProperty(named = "civicchat.bench", matches = "\\d+")
class AuthCheckBench {

    @Autowired
    ApiTokenStore tokens;
    @Autowired
    BasicCredentialCache basic;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void timeTheChecks() {
        int n = Integer.parseInt(System.getProperty("civicchat.bench"));
        String token = tokens.create("bench", StaffRole.OPERATOR, null, null, "bench").secret();
        basic.remember("bench-user", "bench-password",
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "bench-user", null, java.util.List.of()));
        String hash = encoder.encode("bench-password");
        for (int i = 0; i < 2_000; i++) {
            tokens.find(token).orElseThrow();
            basic.find("bench-user", "bench-password");
        }
        report("Bearer token (SHA-256 + HGETALL)", n, () -> tokens.find(token).orElseThrow());
        report("Basic, remembered (SHA-256 + map)", n, () -> basic.find("bench-user", "bench-password"));
        report("Basic, BCrypt check", 50, () -> encoder.matches("bench-password", hash));
    }

    private static void report(String label, int n, Runnable check) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            check.run();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("%-36s n=%-6d p50 %8.3f ms  p99 %8.3f ms%n", label, n, nanos[n / 2] / 1e6,
                nanos[(int) (n * 0.99)] / 1e6);
    }
}
