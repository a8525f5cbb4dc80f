package org.civicchat.bench;

import org.civicchat.support.PortalClient;
import org.civicchat.support.WechatSpec;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a pool of callbacks exactly as WeChat's server would send them (signed query, safe-mode AES body),
 * one per line as {@code path<TAB>body}, for {@code bench/wrk.sh}'s Lua script to cycle through. Every
 * callback is a new resident (openid) and a new MsgId, so nothing is a retry. The openid names the kind
 * ({@code oq…} a FAQ question, {@code oc…} a complaint) so {@link ReplyCheck} can judge a sampled reply.
 * <p>
 * Kinds: {@code url} (GET signature echo, the floor), {@code mix} (70% questions, 30% one-message
 * complaints with a place), {@code complaints}. Questions are the FAQ's own questions and alternates
 * (faq/*.yaml) in many wordings: politeness prefixes, trailing particles and punctuation; complaints combine
 * places (street, number, estate, building) with problems and sentence frames, so the pool does not repeat
 * a small set of sentences.
 * <p>
 * Usage: {@code CallbackPool --kind mix --count 40000 --out target/wrk/mix.pool [--seed 1] [--run r1]}
 */
public final class CallbackPool {

    static final String QUESTION_PREFIX = "oq";
    static final String COMPLAINT_PREFIX = "oc";

    private static final List<String> ASK_PREFIXES = List.of("", "", "", "请问", "请问一下，", "你好，", "您好，",
            "想问一下", "咨询一下：", "麻烦问下，", "我想了解一下", "打扰一下，", "问一下", "你好，请问", "小编，",
            "您好，想咨询", "请教一下，");
    private static final List<String> ASK_SUFFIXES = List.of("", "", "", "？", "?", "呀", "啊", "，谢谢", "？谢谢！",
            "，麻烦告诉我", "。", "？？", "呢", "，急");
    private static final List<String> STREETS = List.of("青年路", "文化路", "解放路", "建设路", "人民路", "和平路",
            "中山路", "滨河路", "胜利街", "长江路", "黄河路", "光明路", "友谊路", "幸福街", "工人路", "农业路",
            "纬五路", "经三路", "花园路", "桐柏路");
    private static final List<String> ESTATES = List.of("锦绣家园", "阳光小区", "桃园小区", "幸福里小区", "金桥花园",
            "翠竹苑", "碧水蓝天小区", "书香苑", "和谐家园", "康宁小区", "绿城花园", "东方明珠小区");
    private static final List<String> LANDMARKS = List.of("人民公园北门", "火车站广场东侧", "和平路菜市场",
            "滨河公园南门", "市图书馆门口", "第二中学门口", "中心医院东门", "体育馆西侧", "汽车站出站口");
    private static final List<String> PROBLEMS = List.of("的路灯坏了好几天了，晚上很黑", "垃圾桶满了没人清运，味道很大",
            "有人占道摆摊，行人过不去", "井盖松动了，很危险", "人行道上停满了车", "墙上贴满了小广告",
            "路面有个大坑，电动车差点摔倒", "垃圾堆了好几天没人收", "有人遛狗不牵绳，孩子被吓到了",
            "晚上广场舞音响太吵了", "绿化带被踩坏了，有人在里面种菜", "共享单车乱停乱放，把盲道都堵了",
            "下水道堵了，污水漫到路上", "工地晚上十一点还在施工，噪音很大", "有人高空抛物，楼下全是垃圾",
            "小区门口的护栏倒了", "公厕很脏，好几天没打扫", "店铺把桌子摆到人行道上", "电动车在楼道里充电",
            "红绿灯坏了，车辆乱穿");
    private static final List<String> FRAMES = List.of("%s%s", "%s这边%s，请尽快处理", "我要反映：%s%s",
            "%s%s，希望有人来管管", "投诉一下，%s%s", "%s%s，麻烦处理一下", "举报：%s%s");

    private CallbackPool() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = LoadGenerator.Args.parse(args);
        String kind = a.getOrDefault("kind", "mix");
        int count = Integer.parseInt(a.getOrDefault("count", "40000"));
        Path out = Path.of(a.getOrDefault("out", "target/wrk/" + kind + ".pool"));
        Random random = new Random(Long.parseLong(a.getOrDefault("seed", Long.toString(System.nanoTime()))));
        String run = a.getOrDefault("run", Long.toString(System.currentTimeMillis() % 1_000_000, 36));
        Path faqDir = Path.of(a.getOrDefault("faq", "faq"));
        List<String> questions = questions(faqDir);
        Files.createDirectories(out.toAbsolutePath().getParent());
        WechatSpec spec = new WechatSpec(PortalClient.TOKEN, PortalClient.AES_KEY, PortalClient.APP_ID);
        Set<String> distinct = new java.util.HashSet<>();
        int q = 0;
        int c = 0;
        long msgId = 6_000_000_000_000_000L + System.currentTimeMillis() * 1000 % 1_000_000_000_000_000L;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                String ts = PortalClient.now();
                String nonce = Integer.toString(random.nextInt(Integer.MAX_VALUE), 36) + i;
                if (kind.equals("url")) {
                    String echo = "e" + i;
                    w.write("/wx/portal/" + PortalClient.APP_ID + "?signature=" + spec.signature(PortalClient.TOKEN, ts, nonce)
                            + "&timestamp=" + ts + "&nonce=" + nonce + "&echostr=" + echo + "\t\n");
                    continue;
                }
                boolean complaint = kind.equals("complaints") || (kind.equals("mix") && random.nextInt(100) < 30);
                String text = complaint ? complaint(random) : ask(questions, random);
                distinct.add(text);
                String openid = (complaint ? COMPLAINT_PREFIX : QUESTION_PREFIX) + run + "x" + i;
                if (complaint) {
                    c++;
                } else {
                    q++;
                }
                String xml = "<xml><ToUserName><![CDATA[gh_test]]></ToUserName><FromUserName><![CDATA[" + openid
                        + "]]></FromUserName><CreateTime>" + ts + "</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                        + "<Content><![CDATA[" + text + "]]></Content><MsgId>" + (msgId + i) + "</MsgId></xml>";
                byte[] iv = new byte[16];
                random.nextBytes(iv);
                String encrypt = spec.encrypt(xml, iv);
                String query = "signature=" + spec.signature(PortalClient.TOKEN, ts, nonce) + "&timestamp=" + ts
                        + "&nonce=" + nonce + "&openid=" + openid + "&encrypt_type=aes&msg_signature="
                        + spec.signature(PortalClient.TOKEN, ts, nonce, encrypt);
                w.write("/wx/portal/" + PortalClient.APP_ID + "?" + query + "\t" + PortalClient.envelope(encrypt) + "\n");
            }
        }
        System.out.printf("pool %s: %d callbacks (%d questions, %d complaints, %d distinct texts, %d FAQ wordings to draw from) -> %s%n",
                kind, count, q, c, distinct.size(), questions.size(), out);
    }

    /** A FAQ question or alternate, in one of many wordings a resident might use. */
    static String ask(List<String> questions, Random random) {
        String core = questions.get(random.nextInt(questions.size()));
        String suffix = ASK_SUFFIXES.get(random.nextInt(ASK_SUFFIXES.size()));
        if (!suffix.isEmpty()) {
            core = core.replaceAll("[？?。！!]+$", "");
        }
        return ASK_PREFIXES.get(random.nextInt(ASK_PREFIXES.size())) + core + suffix;
    }

    /** A one-message complaint: a problem and a place, in one of several sentence frames. */
    static String complaint(Random random) {
        String place = switch (random.nextInt(4)) {
            case 0 -> pick(STREETS, random) + (1 + random.nextInt(300)) + "号";
            case 1 -> pick(ESTATES, random) + (1 + random.nextInt(30)) + "号楼";
            case 2 -> pick(STREETS, random) + "和" + pick(STREETS, random) + "交叉口";
            default -> pick(LANDMARKS, random);
        };
        String problem = pick(PROBLEMS, random);
        String frame = pick(FRAMES, random);
        return String.format(frame, place, problem.startsWith("的") && !frame.startsWith("%s%s") ? problem.substring(1) : problem);
    }

    private static String pick(List<String> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    @SuppressWarnings("unchecked")
    static List<String> questions(Path faqDir) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        try (Stream<Path> files = Files.list(faqDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    Object doc = yaml.load(r);
                    if (!(doc instanceof List<?> entries)) {
                        continue;
                    }
                    for (Object e : entries) {
                        if (e instanceof Map<?, ?> entry) {
                            Object question = entry.get("question");
                            if (question != null) {
                                out.add(question.toString().trim());
                            }
                            Object alternates = entry.get("alternates");
                            if (alternates instanceof List<?> list) {
                                list.forEach(x -> out.add(x.toString().trim()));
                            }
                        }
                    }
                }
            }
        }
        out.removeIf(s -> s.isEmpty() || s.contains(" "));
        return new ArrayList<>(out);
    }
}
