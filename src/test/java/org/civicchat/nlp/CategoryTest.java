package org.civicchat.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The category boundaries of shared/data/README.md, one row each, in sentences of our own. */
class CategoryTest {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
            "小区门口的垃圾堆了三天没人清                | environment-sanitation",
            "河面上漂着一层垃圾                         | environment-sanitation",
            "桥头空地上堆着装修敲下来的碎砖               | environment-sanitation",
            "好几辆面包车停在非机动车道上，骑车只能绕到快车道 | illegal-parking",
            "北门那几个垃圾桶塞得满满的没人清，主要是这个，顺便说下路灯不亮井盖也松了 | environment-sanitation",
            "有个人在公园里乱扔垃圾，说了还不听           | uncivil-behavior",
            "有人开车从车窗往外扔饮料瓶                   | uncivil-behavior",
            "楼上有人高空抛物                           | uncivil-behavior",
            "前面那段路的路灯晚上不亮                     | public-facilities",
            "井盖松了，一踩就晃                          | public-facilities",
            "路边的健身器材坏了                          | public-facilities",
            "广场上的石凳被人砸掉了一个角                 | public-facilities",
            "公交站牌被撞倒了                            | public-facilities",
            "这个路口的红绿灯坏了                        | road-traffic",
            "学校门口没有斑马线也没有减速带               | road-traffic",
            "早晚高峰这里天天堵车                        | road-traffic",
            "小区电梯又坏了，老人被困在里面               | property-community",
            "楼道灯坏了一个月物业也不修                   | property-community",
            "有人在楼道里飞线充电                        | property-community",
            "小区楼道里堆满了垃圾没人清                   | environment-sanitation",
            "电梯里有狗尿也没人管                        | pets",
            "小区里的狗半夜一直叫                        | pets",
            "有人在地铁车厢里外放视频，声音特别大          | uncivil-behavior",
            "广场舞的音响太吵了                          | noise",
            "隔壁工地半夜还在施工                        | noise",
            "商铺门口的喇叭整天叫卖                      | noise",
            "改装车半夜炸街                             | noise",
            "路边烧烤摊的烟把整栋楼都熏了                 | cooking-fumes",
            "烧烤摊把人行道全占了，行人只能走机动车道       | street-vending",
            "菜市场门口的流动摊贩占道经营                  | street-vending",
            "公交车半小时才来一趟，班次太少                | other",
            "路口那块禁止停车的牌子被车撞倒了              | road-traffic",
            "开车的人把吃剩的瓜子壳扔到马路上              | uncivil-behavior",
    })
    void complaintCategoryFollowsTheLabellingBoundaries(String text, String category) {
        Analysis analysis = SharedNlp.analyze(text);
        assertThat(analysis.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(analysis.category()).isEqualTo(category);
    }

    @Test
    void stressedProblemWinsOverOneMentionedFirst() {
        assertThat(SharedNlp.analyze("饭店油烟挺大的，主要是他们把桌子摆到路上占道经营").category())
                .isEqualTo("street-vending");
    }

    @Test
    void problemMentionedInPassingLosesToTheMainOne() {
        assertThat(SharedNlp.analyze("小区的电梯坏了三天了，顺便说下门口的垃圾桶也满了").category())
                .isEqualTo("property-community");
    }

    @Test
    void placeNameDoesNotDecideTheCategory() {
        assertThat(SharedNlp.analyze("绿地小区有人在楼顶加盖了一层").category()).isEqualTo("illegal-construction");
    }

    @Test
    void complaintWithoutKnownProblemWordsIsOther() {
        Analysis analysis = SharedNlp.analyze("我要投诉，太不像话了");
        assertThat(analysis.intent()).isEqualTo(Intent.COMPLAINT);
        assertThat(analysis.category()).isEqualTo("other");
    }

    @Test
    void onlyComplaintsHaveACategory() {
        assertThat(SharedNlp.analyze("垃圾分类分哪几类").category()).isNull();
        assertThat(SharedNlp.analyze("你好").category()).isNull();
    }
}
