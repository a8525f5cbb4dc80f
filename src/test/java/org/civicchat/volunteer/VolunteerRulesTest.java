package org.civicchat.volunteer;

import org.civicchat.notice.ResidentNotice;
import org.civicchat.support.TestRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The feature's rules on plain objects against a real redis-server, with a clock the test moves. */
class VolunteerRulesTest {

    static TestRedis redis;
    VolunteerKit kit;

    @BeforeAll
    static void startRedis() {
        redis = new TestRedis();
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @BeforeEach
    void freshKit() {
        redis.client().flushAll();
        kit = new VolunteerKit(redis.client(), Instant.parse("2026-12-03T02:00:00Z"));
    }

    @Test
    void thirtyConcurrentSignUpsForTenPlacesGiveExactlyTenPlacesAndTwentyWaiting() throws Exception {
        Activity a = kit.publish("冬季环境整治", 10, Duration.ofDays(2), Duration.ofHours(2), false);
        ExecutorService pool = Executors.newFixedThreadPool(30);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<VolunteerReply>> replies = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                String openid = "o-crowd-" + (1000 + i);
                Callable<VolunteerReply> signUp = () -> {
                    start.await();
                    return kit.signUps.joinById(openid, a.id(), true);
                };
                replies.add(pool.submit(signUp));
            }
            start.countDown();
            long signed = 0;
            long waiting = 0;
            for (Future<VolunteerReply> r : replies) {
                String text = r.get().text();
                signed += text.startsWith("报名成功") ? 1 : 0;
                waiting += text.startsWith("已加入“冬季环境整治”的候补名单") ? 1 : 0;
            }
            assertThat(signed).isEqualTo(10);
            assertThat(waiting).isEqualTo(20);
        } finally {
            pool.shutdownNow();
        }
        Roster roster = kit.rosters.roster(a.id(), false);
        assertThat(roster.signedUp()).hasSize(10);
        assertThat(roster.waitlist()).hasSize(20);
        assertThat(kit.activities.get(a.id()).placesLeft()).isZero();
    }

    @Test
    void aCancellationPromotesTheFirstOnTheWaitingListAndTellsThem() {
        Activity a = kit.publish("敬老院陪伴", 1, Duration.ofDays(2), Duration.ofHours(2), false);
        assertThat(kit.signUps.joinById("o-first-0001", a.id(), false).text()).startsWith("报名成功");
        assertThat(kit.signUps.joinById("o-second-0002", a.id(), false).text()).startsWith("很抱歉，“敬老院陪伴”的1个名额已满");
        assertThat(kit.signUps.joinById("o-second-0002", a.id(), true).text()).contains("您排在第1位");
        assertThat(kit.signUps.joinById("o-third-00003", a.id(), true).text()).contains("您排在第2位");
        kit.signUps.mine("o-first-0001");
        assertThat(kit.signUps.cancel("o-first-0001", 1).text()).startsWith("已取消“敬老院陪伴”的报名");
        assertThat(kit.events).filteredOn(e -> e instanceof VolunteerEvents.VolunteerPromoted)
                .extracting(e -> ((VolunteerEvents.VolunteerPromoted) e).openid()).containsExactly("o-second-0002");
        Roster roster = kit.rosters.roster(a.id(), false);
        assertThat(roster.signedUp()).extracting(RosterEntry::resident).containsExactly("o-se…0002");
        assertThat(roster.waitlist()).extracting(RosterEntry::resident).containsExactly("o-th…0003");
    }

    @Test
    void signingUpTwiceIsToldAndKeepsOnePlace() {
        Activity a = kit.publish("垃圾分类宣传", 5, Duration.ofDays(2), Duration.ofHours(2), false);
        kit.signUps.joinById("o-twice-00001", a.id(), false);
        assertThat(kit.signUps.joinById("o-twice-00001", a.id(), false).text()).startsWith("您已经报名了“垃圾分类宣传”，无需重复报名");
        assertThat(kit.activities.get(a.id()).signedUp()).isEqualTo(1);
    }

    @Test
    void anActivityThatIsOverTakesNoSignUpAndIsNotListed() {
        Activity a = kit.publish("早市文明劝导", 5, Duration.ofHours(1), Duration.ofHours(2), false);
        kit.clock.advance(Duration.ofHours(4));
        assertThat(kit.signUps.joinById("o-late-000001", a.id(), false).text()).isEqualTo("“早市文明劝导”已经结束，不能再报名了。发送“志愿活动”看看其他活动吧。");
        assertThat(kit.activities.get(a.id()).signedUp()).isZero();
        assertThat(kit.signUps.list("o-late-000001").text()).startsWith("近期暂无可报名的志愿活动")
                .contains("订阅志愿活动", "中国志愿服务网"); // someone who wants to volunteer learns how to register
    }

    @Test
    void unknownNumberGetsTheRangeAndChangesNothing() {
        Activity a = kit.publish("河道清理", 5, Duration.ofDays(1), Duration.ofHours(2), false);
        assertThat(kit.signUps.list("o-number-0001").text()).contains("1. 河道清理");
        assertThat(kit.signUps.join("o-number-0001", 7, false).text()).isEqualTo("没有第7个活动，列表中只有1个活动，请回复1。发送“志愿活动”可重新查看列表。");
        assertThat(kit.activities.get(a.id()).signedUp()).isZero();
    }

    @Test
    void checkInCountsOnlyInsideTheWindowAndCreditsTheDuration() {
        Activity a = kit.publish("社区义诊", 5, Duration.ofHours(3), Duration.ofMinutes(150), false);
        kit.signUps.joinById("o-checkin-0001", a.id(), false);
        assertThat(kit.checkIns.checkIn("o-checkin-0001", a.checkInCode()).text()).startsWith("“社区义诊”还没到签到时间，活动开始前30分钟起可以签到");
        kit.clock.advance(Duration.ofMinutes(155));
        assertThat(kit.checkIns.checkIn("o-checkin-0001", a.checkInCode()).text())
                .isEqualTo("签到成功！欢迎参加“社区义诊”，本次活动计2.5小时志愿服务时长。发送“我的志愿”可查看累计时长。");
        assertThat(kit.checkIns.checkIn("o-checkin-0001", a.checkInCode()).text()).isEqualTo("您已经签到过“社区义诊”了，无需重复签到。");
        assertThat(kit.signUps.mine("o-checkin-0001").text()).contains("已签到，2.5小时").contains("累计服务时长：2.5小时");
        kit.clock.advance(Duration.ofHours(3));
        kit.signUps.joinById("o-checkin-0002", a.id(), false);
        assertThat(kit.checkIns.checkIn("o-checkin-0002", a.checkInCode()).text()).startsWith("“社区义诊”已经结束，签到已截止");
        assertThat(kit.rosters.roster(a.id(), false).checkedIn()).isEqualTo(1);
    }

    @Test
    void fiveWrongCodesStopCheckInForTenMinutesEvenWithTheRightCode() {
        Activity a = kit.publish("文明交通劝导", 5, Duration.ofMinutes(10), Duration.ofHours(2), false);
        kit.signUps.joinById("o-guess-00001", a.id(), false);
        String wrong = a.checkInCode().equals("100000") ? "100001" : "100000";
        for (int i = 0; i < 4; i++) {
            assertThat(kit.checkIns.checkIn("o-guess-00001", wrong).text()).isEqualTo(VolunteerTexts.WRONG_CODE);
        }
        assertThat(kit.checkIns.checkIn("o-guess-00001", wrong).text()).startsWith("签到码错误次数过多，请10分钟后再试");
        assertThat(kit.checkIns.checkIn("o-guess-00001", a.checkInCode()).text()).startsWith("签到码错误次数过多");
        assertThat(kit.rosters.roster(a.id(), false).checkedIn()).isZero();
    }

    @Test
    void remindersGoOnceEachTheDayBeforeAndTwoHoursBefore() {
        Activity a = kit.publish("周末护绿", 5, Duration.ofDays(3), Duration.ofHours(2), false);
        kit.signUps.joinById("o-remind-0001", a.id(), false);
        kit.signUps.joinById("o-remind-0002", a.id(), false);
        assertThat(kit.reminders.run(a.startsAt().minus(Duration.ofHours(25)))).isZero();
        assertThat(kit.reminders.run(a.startsAt().minus(Duration.ofHours(23)))).isEqualTo(2);
        assertThat(kit.reminders.run(a.startsAt().minus(Duration.ofHours(22)))).isZero();
        assertThat(kit.reminders.run(a.startsAt().minus(Duration.ofMinutes(90)))).isEqualTo(2);
        assertThat(kit.reminders.run(a.startsAt().minus(Duration.ofMinutes(30)))).isZero();
        assertThat(kit.notices).extracting(ResidentNotice::dedupKey).doesNotHaveDuplicates().hasSize(4);
        assertThat(kit.notices.get(0).text()).startsWith("【明日活动提醒】您报名的“周末护绿”将于");
        assertThat(kit.notices.get(2).text()).startsWith("【活动即将开始】您报名的“周末护绿”将于");
    }

    @Test
    void aCancelledActivityIsNotReminded() {
        Activity a = kit.publish("旧物回收", 5, Duration.ofDays(3), Duration.ofHours(2), false);
        kit.signUps.joinById("o-cancel-0001", a.id(), false);
        kit.activities.cancel(a.id());
        assertThat(kit.reminders.run(a.startsAt().minus(Duration.ofHours(23)))).isZero();
        assertThat(kit.events).filteredOn(e -> e instanceof VolunteerEvents.ActivityCancelled)
                .singleElement().satisfies(e ->
                        assertThat(((VolunteerEvents.ActivityCancelled) e).residents()).containsExactly("o-cancel-0001"));
    }

    @Test
    void theQuotaCannotBeLoweredBelowThePlacesTaken() {
        Activity a = kit.publish("图书馆整理", 3, Duration.ofDays(2), Duration.ofHours(2), false);
        kit.signUps.joinById("o-quota-00001", a.id(), false);
        kit.signUps.joinById("o-quota-00002", a.id(), false);
        ActivityDraft lower = new ActivityDraft(a.title(), a.description(), a.place(), a.community(), a.startsAt(),
                a.endsAt(), 1, false, null, null, null);
        assertThatThrownBy(() -> kit.activities.update(a.id(), lower)).isInstanceOf(InvalidActivity.class)
                .hasMessageContaining("名额不能少于已报名的人数（2人）");
        assertThat(kit.activities.get(a.id()).quota()).isEqualTo(3);
    }

    @Test
    void theResidentsOwnCommunityComesFirstWhenKnown() {
        kit.publish("河边捡拾垃圾", "东湖社区", 5, Duration.ofHours(5), Duration.ofHours(2), false);
        kit.publish("楼道清理", "西山社区", 5, Duration.ofHours(30), Duration.ofHours(2), false);
        assertThat(kit.signUps.list("o-west-000001").text()).contains("1. 河边捡拾垃圾").contains("2. 楼道清理");
        kit.listed.add("西山社区|o-west-000001");
        assertThat(kit.signUps.list("o-west-000001").text()).contains("1. 楼道清理").contains("2. 河边捡拾垃圾");
        Activity east = kit.publish("图书角整理", "东湖社区", 5, Duration.ofHours(40), Duration.ofHours(2), false);
        kit.signUps.joinById("o-east-000001", east.id(), false);
        assertThat(kit.signUps.list("o-east-000001").text()).contains("1. 河边捡拾垃圾").contains("2. 图书角整理")
                .contains("3. 楼道清理");
    }

    @Test
    void aNumberAfterTheListPicksFromTheListTheResidentSaw() {
        kit.publish("河边捡拾垃圾", "东湖社区", 5, Duration.ofHours(5), Duration.ofHours(2), false);
        kit.signUps.list("o-pick-000001");
        kit.publish("更早的活动", "东湖社区", 5, Duration.ofHours(1), Duration.ofHours(2), false);
        assertThat(kit.signUps.join("o-pick-000001", 1, false).text()).startsWith("报名成功！\n活动：河边捡拾垃圾");
    }

    @Test
    void aLongDescriptionIsCutSoThePushedNoticeStaysWithinItsLimit() {
        Instant start = kit.clock.instant().plus(Duration.ofDays(2));
        Activity a = kit.activities.create(new ActivityDraft("社区运动会志愿者招募", "介".repeat(500), "体育公园", "幸福社区",
                start, start.plus(Duration.ofHours(4)), 30, false, null, null, null), true);
        String text = VolunteerTexts.published(a);
        assertThat(text.length()).isLessThanOrEqualTo(600);
        assertThat(text).contains("介".repeat(199) + "…").endsWith("回复“志愿活动”查看并报名。");
    }
}
