package org.civicchat.bench;

import org.civicchat.faq.FaqDecision;
import org.civicchat.faq.FaqService;
import org.civicchat.faq.FaqSettings;
import org.civicchat.nlp.NlpService;
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

import java.util.concurrent.TimeUnit;

/**
 * The time to read a resident's message and decide the FAQ reply ({@code NlpService.analyze} then
 * {@code FaqService.decide}), and of deciding alone, over a rotating set of questions (answerable, ambiguous, documents only, off-topic,
 * typed in traditional characters, full width or with emoji). Sample time, so that p50 and p99 are reported.
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

    private NlpService nlp;
    private FaqService faq;
    private int next;

    @Setup
    public void buildServices() {
        nlp = new NlpService();
        faq = new FaqService(FaqSettings.defaults(), null, null);
    }

    /** What a resident's question costs: reading it, then deciding the FAQ reply. */
    @Benchmark
    public FaqDecision analyzeAndDecide(Blackhole blackhole) {
        String question = nextQuestion();
        blackhole.consume(nlp.analyze(question));
        return faq.decide(question);
    }

    /** The FAQ's share of it. */
    @Benchmark
    public FaqDecision decide() {
        return faq.decide(nextQuestion());
    }

    private String nextQuestion() {
        String question = QUESTIONS[next];
        next = (next + 1) % QUESTIONS.length;
        return question;
    }
}
