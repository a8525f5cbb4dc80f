package org.civicchat.bench;

import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;

/**
 * Measures start-up to first answer: polls the portal with a signed, encrypted FAQ question until the reply
 * is an answer, and prints the time since {@code --since} (epoch millis, taken just before the app's JVM started).
 */
public final class StartupProbe {

    public static void main(String[] args) throws Exception {
        var a = LoadGenerator.Args.parse(args);
        long since = Long.parseLong(a.get("since"));
        PortalClient portal = new PortalClient(Integer.parseInt(a.getOrDefault("port", "18080")));
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                    .pollInterval(java.time.Duration.ofMillis(50))
                    .ignoreExceptions()
                    .until(() -> portal.replyText(portal.encrypted(Messages.text("o-startup", "垃圾分类分为哪几类？")))
                            .contains("可回收物"));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            System.out.println("no answer within 60 s");
            System.exit(1);
        }
        System.out.printf("start-up to first answer: %.2f s%n", (System.currentTimeMillis() - since) / 1000.0);
        System.exit(0);
    }
}
