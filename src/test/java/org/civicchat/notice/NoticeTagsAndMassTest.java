package org.civicchat.notice;

import org.civicchat.support.TestRedis;
import org.civicchat.support.WechatApiStub;
import org.civicchat.support.WechatOfficeStub;
import org.civicchat.wechat.TestMessengers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.JedisPooled;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * WeChat's user tags and mass sends through WxJava's real HTTP client against the API stub: our copy of a tag
 * follows WeChat's answers batch by batch, a mass notice is one mass send with a clientmsgid (never twice), and
 * the month's four mass sends are counted in Redis and a fifth refused before WeChat is called.
 */
class NoticeTagsAndMassTest {

    static TestRedis redisServer;
    static JedisPooled redis;
    static WechatApiStub stub;
    NoticeTestNode node;

    @BeforeAll
    static void start() {
        redisServer = new TestRedis();
        redis = new JedisPooled("127.0.0.1", redisServer.port());
        stub = new WechatApiStub();
    }

    @AfterAll
    static void stop() {
        stub.close();
        redis.close();
        redisServer.close();
    }

    @BeforeEach
    void reset() {
        stub.clear();
        redis.flushAll();
        NoticeSettings settings = NoticeSettings.defaults()
                .withDelivery(1, 20, 0, 4, Duration.ofMillis(10), Duration.ofSeconds(5), Duration.ofMillis(20), "mass")
                .withTemplates(Map.of("notice", "tpl-notice"));
        node = new NoticeTestNode(redis, TestMessengers.api(stub.baseUrl(), redis), settings,
                TestMessengers.audiences(stub.baseUrl(), redis)).start();
    }

    @AfterEach
    void stopNode() {
        node.close();
    }

    WechatOfficeStub wechat() {
        return stub.office();
    }

    static List<String> residents(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    void awaitDone(String id) {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> "done".equals(node.status(id).status()));
    }

    String mass(String title, Audience audience) {
        return node.service().send(new NoticeRequest(title, "周六上午九点在社区广场集合。", "https://www.example.gov.cn/act/1",
                audience, null, "mass"));
    }

    static String thisMonth() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ofPattern("yyyyMM"));
    }

    @Test
    void aTagCreatedInTheConsoleIsCreatedInWechatWithWechatsId() {
        NoticeTags.TagView created = node.tags().create(" 楼长 ");
        assertThat(wechat().tagIds()).containsOnlyKeys("楼长");
        assertThat(created.id()).isEqualTo(wechat().tagIds().get("楼长"));
        assertThat(node.tags().list()).extracting(NoticeTags.TagView::name, NoticeTags.TagView::wechatMembers)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("楼长", 0L));
    }

    @Test
    void taggingOneHundredTwentyResidentsTakesThreeCallsAndBothCopiesAgree() {
        List<String> everyone = residents("o-floor-", 120);
        node.service().addToGroup("tag", "楼长", everyone);
        assertThat(wechat().taggingCalls()).isEqualTo(3);
        assertThat(wechat().members("楼长")).hasSize(120).containsAll(everyone);
        assertThat(node.tags().list()).singleElement().satisfies(t -> {
            assertThat(t.wechatMembers()).isEqualTo(120);
            assertThat(t.localMembers()).isEqualTo(120);
        });
    }

    @Test
    void whenWechatRefusesTheSecondBatchOurCopyHoldsOnlyTheFirst() {
        node.tags().create("楼长");
        wechat().failTaggingAfter(1, 45059);
        assertThatThrownBy(() -> node.tags().tag("楼长", residents("o-full-", 80)))
                .isInstanceOfSatisfying(TagRefused.class, e -> {
                    assertThat(e.code()).isEqualTo(45059);
                    assertThat(e.done()).isEqualTo(50);
                    assertThat(e.getMessage())
                            .isEqualTo("有居民身上的标签已达上限（20 个），请先为他们去掉不用的标签。（已成功处理前 50 位居民）");
                });
        assertThat(wechat().members("楼长")).hasSize(50);
        assertThat(node.tags().list().get(0).localMembers()).isEqualTo(50);
    }

    @Test
    void untaggingTakesResidentsOutOfBothCopies() {
        node.tags().tag("志愿者", List.of("o-a", "o-b", "o-c"));
        node.tags().untag("志愿者", List.of("o-b"));
        assertThat(wechat().members("志愿者")).containsExactlyInAnyOrder("o-a", "o-c");
        assertThat(node.tags().list().get(0).localMembers()).isEqualTo(2);
    }

    @Test
    void aTagMadeOnThePlatformIsAdoptedAndItsMembersReadPageByPage() {
        long id = wechat().createTagDirectly("网格员", residents("o-grid-", 20).toArray(String[]::new));
        wechat().pageSize(7);
        assertThat(node.tags().create("网格员").id()).isEqualTo(id);
        NoticeTags.TagView synced = node.tags().sync("网格员");
        assertThat(synced.localMembers()).isEqualTo(20);
        assertThat(node.tags().list().get(0).localMembers()).isEqualTo(20);
    }

    @Test
    void aMassNoticeIsOneWechatMassSendToTheTagNotAMessagePerResident() {
        node.tags().tag("楼长", residents("o-mass-", 3));
        String id = mass("楼道清扫", new Audience("tag", List.of("楼长")));
        awaitDone(id);
        assertThat(wechat().masses()).singleElement().satisfies(m -> {
            assertThat(m.toAll()).isFalse();
            assertThat(m.tagId()).isEqualTo(wechat().tagIds().get("楼长"));
            assertThat(m.msgType()).isEqualTo("text");
            assertThat(m.content()).isEqualTo("【楼道清扫】\n周六上午九点在社区广场集合。\n详情：https://www.example.gov.cn/act/1");
            assertThat(m.clientMsgId()).startsWith("cc-" + id + "-").hasSizeLessThanOrEqualTo(64);
        });
        assertThat(stub.sent()).isEmpty();
        assertThat(node.status(id).massMsgId()).isEqualTo(Long.toString(wechat().masses().get(0).msgId()));
        assertThat(node.status(id).massError()).isNull();
    }

    @Test
    void aMassNoticeToEveryoneIsSentToAllFollowers() {
        String id = mass("全区通知", Audience.all());
        awaitDone(id);
        assertThat(wechat().masses()).singleElement().satisfies(m -> {
            assertThat(m.toAll()).isTrue();
            assertThat(m.tagId()).isNull();
        });
    }

    @Test
    void busyWechatIsTriedAgainAndTheNoticeGoesOnce() {
        stub.failNext(-1, -1);
        String id = mass("再试一次", Audience.all());
        awaitDone(id);
        assertThat(wechat().masses()).hasSize(1);
        assertThat(node.status(id).massMsgId()).isNotNull();
    }

    @Test
    void aSendWechatTookBeforeANodeDiedIsNotSentAgain() {
        String id = node.service().send(new NoticeRequest("只发一次", "内容", null, Audience.all(),
                java.time.Instant.now().plusSeconds(3600), "mass"));
        Notice notice = node.notices.find(id).orElseThrow();
        // the earlier attempt reached WeChat, then its node died before it could mark the notice
        TestMessengers.mass(stub.baseUrl(), redis)
                .sendText(null, MassSend.text(notice), MassSend.clientMsgId(notice));
        node.fanout.queue(id);
        assertThat(wechat().masses()).hasSize(1);
        assertThat(node.status(id).status()).isEqualTo("done");
        assertThat(node.status(id).massMsgId()).isEqualTo("repeat");
    }

    @Test
    void aFifthMassSendInOneMonthIsRefusedInChineseBeforeWechatIsCalled() {
        for (int i = 1; i <= 4; i++) {
            awaitDone(mass("第" + i + "次", Audience.all()));
        }
        assertThatThrownBy(() -> mass("第5次", Audience.all())).isInstanceOf(MassRefused.class)
                .hasMessage("本月（北京时间）的 4 次群发已用完，服务号每月最多群发 4 次；下月 1 日起可再次群发，或改用普通通知。");
        assertThat(wechat().masses()).hasSize(4);
        assertThat(redis.get("cc:notice:{nt}:mass:" + thisMonth())).isEqualTo("4");
        assertThat(node.recentIds()).hasSize(4);
    }

    @Test
    void wechatsOwnNoQuotaRefusalIsShownInChineseAndGivesTheSendBack() {
        wechat().massQuota(0);
        String id = mass("没有配额", Audience.all());
        awaitDone(id);
        assertThat(node.status(id).massError()).isEqualTo("微信说本月的群发次数已用完，请下月再发。");
        assertThat(node.status(id).massMsgId()).isNull();
        assertThat(wechat().masses()).isEmpty();
        assertThat(redis.get("cc:notice:{nt}:mass:" + thisMonth())).isEqualTo("0");
    }

    @Test
    void aMassNoticeToATagWechatDoesNotKnowIsRefusedBeforeWechatIsCalled() {
        assertThatThrownBy(() -> mass("无标签", new Audience("tag", List.of("不存在的标签")))).isInstanceOf(MassRefused.class)
                .hasMessage("标签“不存在的标签”还没有在微信创建，请先在“标签”中创建并添加居民。");
        assertThat(redis.get("cc:notice:{nt}:mass:" + thisMonth())).isNull();
    }
}
