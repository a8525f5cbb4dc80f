package org.civicchat.faq;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What an entry of the district's FAQ is about, and questions about something else worded alike. */
class SubjectCheckTest {

    private static List<FaqEntry> entries;
    private static SubjectCheck check;
    private static FaqService faq;

    @BeforeAll
    static void load() {
        entries = FaqLoader.load(Path.of("faq"));
        check = SubjectCheck.of(entries);
        faq = new FaqService(FaqSettings.defaults(), null, null);
    }

    private static int ord(String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no entry " + id);
    }

    @Test
    void theDogEntriesAreAboutDogs() {
        assertThat(check.subjects(ord("dog-registration")))
                .anySatisfy(subject -> assertThat(subject.words()).contains("狗", "犬"));
        assertThat(check.subjects(ord("dog-walking-rules")))
                .anySatisfy(subject -> assertThat(subject.words()).contains("狗"));
    }

    @Test
    void aWordInsideACompoundOfManyWordingsIsNoSubject() {
        // 斑马线 in most zebra-crossing wordings, 创城 in the campaign's
        assertThat(check.subjects(ord("traffic-zebra-crossing")))
                .noneSatisfy(subject -> assertThat(subject.words()).contains("线"));
        assertThat(check.subjects(ord("model-city-what")))
                .noneSatisfy(subject -> assertThat(subject.words()).contains("城"));
    }

    @ParameterizedTest
    @CsvSource({
        "养猫要不要办证, dog-registration",
        "遛猫要拴绳吗, dog-walking-rules",
        "隔壁市创城在全市排第几, district-ranking",
        "杭州几点以后不让遛狗, dog-walking-rules",
        "在日本垃圾是怎么分类的, garbage-four-classes",
        "垃圾分类用的桶哪个牌子耐用, garbage-four-classes",
        "骑电动车戴的头盔网上买靠谱吗, traffic-ebike-helmet",
        "被狗抓伤了要打几针, dog-registration",
        "社区医院在招聘护士吗, community-healthcare",
        "帮我写一篇创建文明城市的作文, model-city-what",
        "文明典范城市翻译成英文是什么, model-city-what",
        "社区卫生服务中心在网上怎么挂号, community-healthcare",
        "想考公务员该看哪些书, volunteer-requirements",
        "不要的旧沙发拿去卖能值多少钱, garbage-bulky-waste",
        "驾照分扣满了要去哪里学习, traffic-zebra-crossing",
        "放假了想带孩子去露营，哪块地方合适, city-tour-route",
        "老伴抽了四十年烟，想戒烟有没有好法子, public-smoking-ban",
        "学校让做一份垃圾分类的手抄报，版面怎么设计, garbage-four-classes",
        "电竞比赛的直播在哪个平台能看, esports-park",
        "被狗咬了打完针这几天能喝酒吗, dog-registration",
        "孩子中考考了多少分能上重点, district-ranking",
        "居住证办好了怎么查进度, ticket-status-check",
        "文明这个词用英语怎么讲, model-city-what",
        "摆摊做点小生意怎么才能赚钱, street-vending-rules",
        "故宫附近一天怎么逛, city-tour-route",
    })
    void aQuestionAboutAnotherThingOfTheSameKindOrAnotherCityIsNotTheEntrys(String question, String id) {
        assertThat(check.mismatch(question, ord(id))).isPresent();
    }

    @Test
    void whatTheQuestionAsksAboutIsNamedAsTyped() {
        assertThat(check.mismatch("养猫要不要办证", ord("dog-registration"))).contains("猫");
        assertThat(check.mismatch("隔壁市创城在全市排第几", ord("district-ranking"))).contains("隔壁市");
        assertThat(check.mismatch("杭州几点以后不让遛狗", ord("dog-walking-rules"))).contains("杭州");
        assertThat(check.mismatch("垃圾分类用的桶哪个牌子耐用", ord("garbage-four-classes"))).contains("品牌选购");
        assertThat(check.mismatch("帮我写一篇创建文明城市的作文", ord("model-city-what"))).contains("代写文章");
        assertThat(check.mismatch("文明典范城市翻译成英文是什么", ord("model-city-what"))).contains("翻译");
    }

    @ParameterizedTest
    @CsvSource({
        "家里的小狗要办证吗, dog-registration",
        "犬只登记去哪里, dog-registration",
        "晚上遛狗要牵绳吗, dog-walking-rules",
        "外地人能当志愿者吗, volunteer-requirements",
        "我们区创城排第几, district-ranking",
        "电瓶车能推进电梯吗, ebike-indoor-charging",
        "北京路上能摆摊吗, street-vending-rules",
        "护城河南岸能遛狗吗, dog-walking-rules",
        "我是上海人能在这儿当志愿者吗, volunteer-requirements",
        "从成都来的游客能看光影秀吗, plaza-light-show",
        "本区的文创产品在哪能买到, cultural-creative-products",
        "志愿者有工资吗, volunteer-incentives",
    })
    void aQuestionAboutTheEntrysOwnSubjectIsNot(String question, String id) {
        assertThat(check.mismatch(question, ord(id))).isEmpty();
    }

    @Test
    void theServiceDoesNotAnswerACatQuestionWithTheDogEntryButStillAnswersTheDogOne() {
        FaqDecision cat = faq.assess("养猫也要办证吗");
        FaqDecision dog = faq.assess("养狗也要办证吗");

        assertThat(cat.kind()).isNotEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(faq.render(cat)).startsWith("关于“猫”暂时没有现成的解答，您的问题已转给区文明办的工作人员。")
                .contains("1. 养狗需要办证吗？");
        assertThat(dog.kind()).isEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(dog.entry().id()).isEqualTo("dog-registration");
    }

    @Test
    void theServiceDoesNotAnswerForAnotherCity() {
        assertThat(faq.assess("省城的光影秀几点开始").kind()).isNotEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(faq.assess("光影秀几点开始").kind()).isEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(faq.assess("广州行人闯红灯罚多少钱").kind()).isNotEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(faq.assess("行人闯红灯罚多少钱").kind()).isEqualTo(FaqDecision.Kind.ANSWER);
    }

    @Test
    void theServiceDoesNotAnswerWhichBrandToBuyWithTheRuleOfTheThing() {
        FaqDecision brand = faq.assess("电动车头盔买哪个牌子的好");

        assertThat(brand.kind()).isNotEqualTo(FaqDecision.Kind.ANSWER);
        assertThat(faq.render(brand)).doesNotContain("要戴。").contains("您的问题已转给区文明办的工作人员");
        assertThat(faq.assess("骑电动车必须戴头盔吗").entry().id()).isEqualTo("traffic-ebike-helmet");
    }
}
