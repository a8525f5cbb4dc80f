package org.civicchat.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class NlpServiceTest {

    @Test
    void analysisKeepsTheRawTextAndItsNormalisedForm() {
        Analysis analysis = SharedNlp.analyze("  長安路ＫＴＶ太吵了😡 ");
        assertThat(analysis.text()).isEqualTo("  長安路ＫＴＶ太吵了😡 ");
        assertThat(analysis.normalized()).isEqualTo("长安路ktv太吵了");
    }

    @Test
    void nullTextIsAnEmptyAnalysis() {
        Analysis analysis = SharedNlp.analyze(null);
        assertThat(analysis.text()).isEmpty();
        assertThat(analysis.normalized()).isEmpty();
        assertThat(analysis.keywords()).isEmpty();
        assertThat(analysis.location()).isNull();
    }

    @Test
    void randomInputNeverThrowsAndLocationIsAlwaysASubstringOfTheInput() {
        Random random = new Random(20261125);
        String[] pieces = {"青年", "路", "小区", "号楼", "单元", "88号", "３２號", "的", "门口", "和", "交叉口", "东侧",
                "公园", "北门", "地铁", "2号线", "站", "c口", "長安", "垃圾", "坏了", "投诉", "你好", "问卷", "WM20261125",
                "-0007", "ｗｍ", "😡", "👍🏻", "\u200d", "\uFE0F", " ", "\t", "　", "，", "？", "!", "a", "Z", "9", "\uD83D",
                "\uDE00", "𠀀", "\u0000", "我家楼下", "这条路", "十", "一楼", "那个路口", "的的"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int count = random.nextInt(14);
            for (int i = 0; i < count; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String input = text.toString();
            Analysis analysis = SharedNlp.analyze(input);
            assertThat(analysis.intent()).as("intent of [%s]", input).isNotNull();
            if (analysis.location() != null) {
                assertThat(input).as("location of [%s]", input).contains(analysis.location());
                assertThat(analysis.location()).isNotBlank();
            }
            assertThat(analysis.category() == null).isEqualTo(analysis.intent() != Intent.COMPLAINT);
        }
    }

    @Test
    void concurrentCallsGiveTheSameAnswersAsSequentialOnes() throws Exception {
        List<String> messages = List.of("青年路和解放路交叉口西南角的红绿灯坏了", "锦绣家园6号楼2单元电梯又坏了",
                "我的工单", "问卷在哪填", "長安路北段的路燈全黑了", "wm20261125 0007");
        List<Analysis> expected = messages.stream().map(SharedNlp::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Analysis>>> runs = List.of(
                    pool.submit(() -> analyzeMany(messages)), pool.submit(() -> analyzeMany(messages)));
            for (Future<List<Analysis>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Analysis> analyzeMany(List<String> messages) {
        List<Analysis> last = null;
        for (int i = 0; i < 300; i++) {
            last = messages.stream().map(SharedNlp::analyze).toList();
        }
        return last;
    }

    @Test
    void analyzeTakesWellUnderAMillisecondAfterWarmUp() {
        String[] messages = {"青年路和解放路交叉口西南角的红绿灯坏了", "我的工单", "志愿者怎么报名", "你好",
                "锦绣家园6号楼2单元电梯又坏了，物业也不管", "WM20261125-0007", "明天天气怎么样"};
        for (int i = 0; i < 3000; i++) {
            SharedNlp.analyze(messages[i % messages.length]);
        }
        int calls = 3000;
        long started = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            SharedNlp.analyze(messages[i % messages.length]);
        }
        double microsPerCall = (System.nanoTime() - started) / 1000.0 / calls;
        System.out.printf("analyze: %.1f µs per message%n", microsPerCall);
        // Generous bound: the build machine is shared; a typical figure is printed above.
        assertThat(microsPerCall).isLessThan(2000);
    }

    @Test
    void startsInACoupleOfSeconds() {
        long started = System.nanoTime();
        new NlpService(SharedNlp.SETTINGS);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("NlpService start-up (HanLP already loaded): %d ms%n", millis);
        assertThat(millis).isLessThan(3000);
    }
}
