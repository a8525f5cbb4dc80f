package org.civicchat.faq;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FaqService as a plain object over {@link FaqFixture} content. */
class FaqServiceTest {

    @TempDir
    Path root;

    private FaqSettings settings;
    private FaqService faq;

    @BeforeEach
    void buildService() {
        settings = FaqFixture.write(root);
        faq = new FaqService(settings, null, null);
    }

    @Test
    void answersAConfidentQuestionWithItsEntryAndNextLine() {
        FaqDecision decision = faq.decide("遛狗要不要拴绳？");

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(decision.entry().id()).isEqualTo("dog-walking-rules");
        assertThat(decision.confidence()).isGreaterThanOrEqualTo(settings.answerThreshold());
        assertThat(decision.candidates()).extracting(FaqCandidate::id).containsExactly("dog-walking-rules");
        assertThat(faq.render(decision))
                .isEqualTo("遛狗要牵绳，佩戴犬牌，及时清理粪便。\n\n想了解养犬登记，可以问我“狗证怎么办”。");
    }

    @Test
    void foldsTraditionalAndFullWidthInput() {
        FaqDecision decision = faq.decide("遛狗要拴繩嗎？！");

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(decision.entry().id()).isEqualTo("dog-walking-rules");
    }

    @Test
    void answersDespiteAnInputMethodSlipOfTheSameSound() {
        FaqDecision decision = faq.decide("志原者在哪里报名？");

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(decision.entry().id()).isEqualTo("volunteer-register");
    }

    @Test
    void rendersLinksUnderTheAnswer() {
        FaqEntry entry = faq.answerById("garbage-four-classes").orElseThrow();

        assertThat(faq.render(entry)).isEqualTo(
                "生活垃圾分为可回收物、有害垃圾、厨余垃圾、其他垃圾四类。\n垃圾分类指南：https://example.org/garbage");
    }

    @Test
    void offersNumberedCandidatesForABareTopic() {
        FaqDecision decision = faq.decide("志愿者");

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.CLARIFY);
        assertThat(decision.candidates()).hasSizeBetween(2, 3)
                .allSatisfy(c -> assertThat(c.id()).startsWith("volunteer-"));
        String reply = faq.render(decision);
        assertThat(reply).startsWith("您是想问：\n1. " + decision.candidates().get(0).question() + "\n2. ")
                .endsWith("\n请回复序号，我来为您解答。");
        assertThat(faq.answerById(decision.candidates().get(1).id())).isPresent();
    }

    @Test
    void quotesAPassageNamingTheDocumentWhenNoEntryFits() {
        FaqDecision decision = faq.decide("智慧交管和智慧应急是怎么回事？");

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.PASSAGE);
        assertThat(decision.passage().documentTitle()).isEqualTo(FaqFixture.DOCUMENT_TITLE);
        assertThat(faq.render(decision))
                .startsWith("暂时没有现成的解答，以下内容供您参考：\n《" + FaqFixture.DOCUMENT_TITLE + "》中提到：“")
                .contains("××智慧城管、智慧交管")
                .doesNotContain("*");
    }

    @Test
    void refusesOffTopicQuestionsPolitely() {
        FaqDecision decision = faq.decide("红烧肉怎么做才好吃？");

        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.REFUSE);
        assertThat(decision.candidates()).isEmpty();
        assertThat(faq.render(decision)).startsWith("抱歉，暂时没有找到这个问题的答案。").contains("区文明办的工作人员");
    }

    @Test
    void refusesEmptyAndPunctuationOnlyInput() {
        for (String text : new String[] {null, "", "   ", "？？！", "😀😀"}) {
            assertThat(faq.decide(text).kind()).as("'%s'", text).isEqualTo(FaqDecision.Kind.REFUSE);
        }
    }

    @Test
    void cutsVeryLongInputInsteadOfFailing() {
        FaqDecision decision = faq.decide("遛狗要拴绳吗".repeat(2_000));

        assertThat(decision.question()).hasSize(FaqService.MAX_QUESTION_CHARS);
    }

    @Test
    void answerByIdIsEmptyForUnknownIds() {
        assertThat(faq.answerById("no-such-entry")).isEmpty();
        assertThat(faq.answerById(null)).isEmpty();
    }

    @Test
    void reloadPicksUpNewContent() {
        assertThat(faq.decide("公筷公勺有什么好处？").kind()).isNotEqualTo(FaqDecision.Kind.ANSWER);
        FaqFixture.write(settings.faqDir().resolve("dining.yaml"), """
                - id: dining-serving-chopsticks
                  question: 为什么提倡用公筷公勺？
                  alternates: [公筷公勺有什么好处]
                  answer: 使用公筷公勺能减少交叉传播。
                """);

        faq.reload();

        assertThat(faq.size()).isEqualTo(6);
        FaqDecision decision = faq.decide("公筷公勺有什么好处？");
        assertThat(decision.kind()).isEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(decision.entry().id()).isEqualTo("dining-serving-chopsticks");
    }

    @Test
    void invalidContentFailsAtConstructionAndAFailedFirstIndexFailsTheStart() {
        FaqFixture.write(settings.faqDir().resolve("broken.yaml"), "- id: broken\n  question: [unclosed\n");
        assertThatThrownBy(() -> new FaqService(settings, null, null)).isInstanceOf(FaqContentException.class);

        java.nio.file.Path fine = root.resolve("fine");
        FaqSettings fineSettings = FaqFixture.write(fine);
        FaqService broken = new FaqService(fineSettings, null, null, null, new org.civicchat.nlp.SentenceEmbedder() {
            public String modelId() {
                return "fails";
            }

            public int dimension() {
                return 4;
            }

            public float[] embed(String text) {
                if (text.contains("分成哪几类")) { // a wording of the fixture's FAQ, not one of our off-topic questions
                    throw new IllegalStateException("model file missing");
                }
                return new float[]{1, 0, 0, 0};
            }
        });
        assertThatThrownBy(broken::afterSingletonsInstantiated).hasRootCauseMessage("model file missing");
    }

    @Test
    void reloadKeepsTheOldIndexWhenTheContentIsInvalid() {
        FaqFixture.write(settings.faqDir().resolve("broken.yaml"), "- id: broken\n  question: [unclosed\n");

        assertThatThrownBy(faq::reload).isInstanceOf(FaqContentException.class).hasMessageContaining("broken.yaml");

        assertThat(faq.size()).isEqualTo(5);
        assertThat(faq.decide("遛狗要拴绳吗").kind()).isEqualTo(FaqDecision.Kind.ANSWER);
    }

    @Test
    void keepsAnsweringWhileTheIndexIsReloaded() throws Exception {
        int readers = 2;
        CountDownLatch started = new CountDownLatch(readers);
        AtomicBoolean reloading = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = java.util.stream.IntStream.range(0, readers).mapToObj(i -> new Thread(() -> {
            started.countDown();
            while (reloading.get()) {
                try {
                    FaqDecision decision = faq.decide("遛狗要拴绳吗？");
                    if (decision.kind() != FaqDecision.Kind.ANSWER
                            || !decision.entry().id().equals("dog-walking-rules")) {
                        failures.add(decision.toString());
                    }
                    answered.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }
        })).toList();
        threads.forEach(Thread::start);
        started.await();

        for (int i = 0; i < 20; i++) {
            faq.reload();
        }
        reloading.set(false);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(failures).isEmpty();
        assertThat(answered.get()).isPositive();
    }
}
