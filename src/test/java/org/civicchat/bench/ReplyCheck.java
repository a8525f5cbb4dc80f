package org.civicchat.bench;

import org.civicchat.support.PortalClient;
import org.civicchat.support.WechatSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Judges the replies {@code bench/wrk.sh} sampled during its timed runs (one encrypted passive reply per line),
 * after the timing is over: each must decrypt and verify its MsgSignature; a question (openid {@code oq…})
 * must get an answer, a clarification or a passage, not the refusal; a complaint ({@code oc…}) must get a
 * ticket number (new, or the open ticket it repeats). Exits 1 when any reply fails to decrypt, any complaint
 * has no number, or more than {@code --max-refused} (default 15%) of questions were refused.
 * <p>
 * Usage: {@code ReplyCheck --max-refused 0.15 target/wrk/samples-*.txt}
 */
public final class ReplyCheck {

    private static final Pattern TICKET = Pattern.compile("WM\\d{8}-\\d{4}");
    private static final String REFUSAL = "抱歉，暂时没有找到这个问题的答案";

    private ReplyCheck() {
    }

    public static void main(String[] args) throws IOException {
        double maxRefused = 0.15;
        int first = 0;
        if (args.length > 1 && args[0].equals("--max-refused")) {
            maxRefused = Double.parseDouble(args[1]);
            first = 2;
        }
        WechatSpec spec = new WechatSpec(PortalClient.TOKEN, PortalClient.AES_KEY, PortalClient.APP_ID);
        int questions = 0;
        int refused = 0;
        int complaints = 0;
        int numbered = 0;
        int undecryptable = 0;
        int late = 0;
        String exampleRefusal = null;
        String exampleBad = null;
        for (int i = first; i < args.length; i++) {
            Path file = Path.of(args[i]);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.trim().equals("success")) {
                    late++;
                    continue;
                }
                String inner;
                try {
                    inner = spec.openReply(line.replace("\\n", "\n"));
                } catch (RuntimeException e) {
                    undecryptable++;
                    continue;
                }
                String to = WechatSpec.field(inner, "ToUserName");
                String content = WechatSpec.field(inner, "Content");
                if (to == null || content == null) {
                    undecryptable++;
                } else if (to.startsWith(CallbackPool.QUESTION_PREFIX)) {
                    questions++;
                    if (content.startsWith(REFUSAL)) {
                        refused++;
                        exampleRefusal = to;
                    }
                } else if (to.startsWith(CallbackPool.COMPLAINT_PREFIX)) {
                    complaints++;
                    if (TICKET.matcher(content).find()) {
                        numbered++;
                    } else {
                        exampleBad = content;
                    }
                }
            }
        }
        double refusedShare = questions == 0 ? 0 : (double) refused / questions;
        System.out.printf("reply check: %d questions (%d refused, %.1f%%), %d complaints (%d with a ticket number), "
                        + "%d undecryptable, %d answered late (\"success\")%n",
                questions, refused, 100 * refusedShare, complaints, numbered, undecryptable, late);
        if (exampleBad != null) {
            System.out.println("  a complaint without a number got: " + exampleBad.replace('\n', ' '));
        }
        if (exampleRefusal != null) {
            System.out.println("  e.g. refused: resident " + exampleRefusal);
        }
        boolean ok = undecryptable == 0 && numbered == complaints && refusedShare <= maxRefused
                && questions + complaints > 0;
        System.out.println(ok ? "reply check: OK" : "reply check: FAILED");
        System.exit(ok ? 0 : 1);
    }
}
