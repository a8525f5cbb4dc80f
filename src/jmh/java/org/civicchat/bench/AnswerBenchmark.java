package org.civicchat.bench;

import org.civicchat.dialog.Understanding;
import org.civicchat.faq.FaqDecision;
import org.civicchat.faq.FaqService;
import org.civicchat.faq.FaqSettings;
import org.civicchat.nlp.Analysis;
import org.civicchat.nlp.NlpService;
import org.civicchat.nlp.SentenceEmbedder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * The time to read a resident's message and decide the FAQ reply, as the chat does it ({@code understand}) and
 * as two calls one after the other ({@code NlpService.analyze} then {@code FaqService.decide}), of deciding alone, of reading alone and of the sentence model alone, on wording
 * the service has never seen: every call takes a text of a varied pool (the question and message texts of the
 * labelled files when they are there, else the questions below: answerable, ambiguous, documents only,
 * off-topic, traditional characters, full width, emoji) and perturbs it at random (a greeting or filler in
 * front, a particle, a number, punctuation), so the in-memory vector cache never answers and the model runs on
 * each call, as for a new resident. Sample time, so that p50 and p99 are reported.
 * Run from the project folder (it reads {@code faq/} and {@code seeds/}):
 * {@code ./mvnw -q -Pjmh -DskipTests package exec:exec}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class AnswerBenchmark {

    private static final String[] QUESTIONS = {
        "请问怎么才能成为一名志愿者啊",
        "小区门口那个分类垃圾桶，蓝色的是放什么的",
        "过期的感冒药丢哪个垃圾桶",
        "骑电瓶车不戴头盔会不会被罚款",
        "晚上遛狗可以不牵绳吗",
        "文明典范城市和文明城市是一回事吗",
        "志愿者",
        "垃圾分类",
        "測評員會問哪些問題",
        "我反映的问题一直没人管，能催一下吗",
        "我想查一下上周提交的工单处理到哪一步了",
        "社区有没有给老年人吃饭的食堂",
        "家门口的公园什么时候能修好",
        "智慧城管平时都管些什么",
        "光影秀周末几点开始🎆",
        "开车路过斑马线要停车吗？",
        "大数据和人工智能在创建里怎么用",
        "我们单位想组团去做志愿服务，找哪个部门",
        "今天中午吃什么好",
        "ＷｉＦｉ密码是多少",
        "高速公路上堵车了怎么办",
        "老旧小区加装电梯有补贴吗",
        "门前三包到底包哪三样",
        "怎么参加满意度问卷",
    };

    private static final String[] FILES = {"../shared/data/faq-dev.tsv", "../shared/data/messages-dev.tsv",
        "src/test/resources/eval/fresh-faq.tsv", "src/test/resources/eval/fresh-messages.tsv"};
    private static final String[] BEFORE = {"", "", "请问", "你好，", "想问下", "麻烦问一下，", "小助手 ", "那个，"};
    private static final String[] AFTER = {"", "", "？", "呢", "啊", "，谢谢", "?? ", "😊", "。。"};

    private NlpService nlp;
    private FaqService faq;
    private SentenceEmbedder embedder;
    private Understanding understanding;
    private List<String> pool;
    private SplittableRandom random;

    @Setup
    public void buildServices() throws IOException {
        nlp = new NlpService();
        faq = new FaqService(FaqSettings.defaults(), null, null);
        embedder = SentenceEmbedder.shared();
        understanding = new Understanding(nlp, faq);
        pool = new ArrayList<>();
        for (String file : FILES) {
            Path path = Path.of(file);
            if (Files.isRegularFile(path)) {
                List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
                lines.subList(1, lines.size()).forEach(line -> pool.add(line.split("\t", -1)[0]));
            }
        }
        if (pool.isEmpty()) {
            pool.addAll(List.of(QUESTIONS));
        }
        random = new SplittableRandom(20261202L);
    }

    /** The sentence model's share: one never-seen text embedded. */
    @Benchmark
    public float[] embed() {
        return embedder.embed(nextQuestion());
    }

    /** Reading a message alone: fold, HanLP, place, category, intent cues and the complaint likeness. */
    @Benchmark
    public Analysis analyze() {
        return nlp.analyze(nextQuestion());
    }

    /** What a resident's question costs: reading it, then deciding the FAQ reply. */
    @Benchmark
    public FaqDecision analyzeAndDecide(Blackhole blackhole) {
        String question = nextQuestion();
        blackhole.consume(nlp.analyze(question));
        return faq.decide(question);
    }

    /**
     * One message as the chat reads it ({@code Understanding.understand}): the reading, the FAQ's search and the
     * weighing of the two, the search on the spare core when one is free (it is in this benchmark: one message at
     * a time).
     */
    @Benchmark
    public Understanding.Understood understand() {
        return understanding.understand(nextQuestion());
    }

    /** The FAQ's share of it. */
    @Benchmark
    public FaqDecision decide() {
        return faq.decide(nextQuestion());
    }

    /** A pool text, perturbed so that it is (almost surely) new wording: nothing cached answers it. */
    private String nextQuestion() {
        String text = pool.get(random.nextInt(pool.size()));
        StringBuilder question = new StringBuilder(BEFORE[random.nextInt(BEFORE.length)]);
        int cut = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
        // a number inside the text, where a resident would name a building, a day or a count
        question.append(text, 0, cut).append(random.nextInt(2) == 0 ? "" : (1 + random.nextInt(99)) + "号")
                .append(text.substring(cut)).append(AFTER[random.nextInt(AFTER.length)]);
        return question.toString();
    }
}
