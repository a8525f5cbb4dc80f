package org.civicchat.bench;

import org.civicchat.support.Messages;
import org.civicchat.support.PortalClient;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Measures start-up to first answer: starts the app's command (everything after {@code --}), then polls the
 * portal with a signed, encrypted FAQ question until the reply is the answer, and prints the time since the
 * app's process was started. The probe loads and warms its own classes (HTTP client, AES, XML) before it
 * starts the clock, so that its JVM does not take the app's CPU while the app starts; between polls it sleeps.
 * Usage: {@code StartupProbe --port 18085 --log target/startup-1.log -- java -jar app.jar ...}
 */
public final class StartupProbe {

    private static final String QUESTION = "垃圾分类分为哪几类？";
    private static final String ANSWER_MARK = "可回收物";

    public static void main(String[] args) throws Exception {
        int split = Arrays.asList(args).indexOf("--");
        if (split < 0 || split == args.length - 1) {
            System.err.println("usage: StartupProbe --port P --log FILE -- <app command>");
            System.exit(2);
        }
        var a = LoadGenerator.Args.parse(Arrays.copyOfRange(args, 0, split));
        List<String> command = List.of(Arrays.copyOfRange(args, split + 1, args.length));
        PortalClient portal = new PortalClient(Integer.parseInt(a.getOrDefault("port", "18080")));
        warmUp(portal);

        long since = System.nanoTime();
        Process app = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File(a.getOrDefault("log", "target/startup.log"))).start();
        try {
            boolean[] answer = new boolean[1];
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60))
                    .pollInterval(java.time.Duration.ofMillis(25))
                    .until(() -> !app.isAlive() || (answer[0] = answered(portal)));
            if (answer[0]) {
                System.out.printf("start-up to first answer: %.2f s%n", (System.nanoTime() - since) / 1e9);
                return;
            }
            System.out.println("the app stopped before answering");
            System.exit(1);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            System.out.println("no answer within 60 s");
            System.exit(1);
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static boolean answered(PortalClient portal) {
        try {
            return portal.replyText(portal.encrypted(Messages.text("o-startup", QUESTION))).contains(ANSWER_MARK);
        } catch (RuntimeException notUpYet) {
            return false;
        }
    }

    /** Loads the HTTP, crypto and XML classes now (the port is still closed), not while the app starts. */
    private static void warmUp(PortalClient portal) {
        for (int i = 0; i < 20; i++) {
            answered(portal);
            portal.spec().decrypt(portal.spec().encrypt(Messages.text("o-warm", QUESTION)));
        }
    }
}
