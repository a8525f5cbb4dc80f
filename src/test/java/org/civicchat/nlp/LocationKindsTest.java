package org.civicchat.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Kinds of place residents name that the first gazetteer missed, in sentences and names of our own. */
class LocationKindsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "紫藤里5号院门口有人堆了一堆砖头              | 紫藤里5号院",
            "松柏里门口的垃圾堆了三天了                   | 松柏里",
            "丁香里北侧的空地被人圈起来了                 | 丁香里北侧",
            "长春里底商的麻辣烫店往下水道倒油             | 长春里底商",
            "碧苑里北侧的路灯一直不亮                     | 碧苑里北侧",
            "西园里2单元门口堆满了杂物                    | 西园里2单元",
            "月河里南门有人摆摊卖水果                     | 月河里南门",
    })
    void aLaneEndingIn里IsAPlace(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest
    @ValueSource(strings = {"院子里有人烧树叶", "楼道里的灯一直不亮", "家里天天听见楼上剁肉", "垃圾桶里全是苍蝇",
            "屋子里一股下水道的味道", "有人往河里倒泔水",
            "菜园里有人打农药", "校园里有人骑摩托车", "花园里有人烧纸", "物业里的人根本不管", "政府里没人接电话",
            "网吧里有小孩抽烟", "长江里有人电鱼", "院子里东侧堆满了砖",
            "厨房里有蟑螂爬来爬去", "城市里到处是共享单车", "这个范围里都不许摆摊吗",
            "城市里的牛皮癣到处都是", "单位里的人乱扔烟头"})
    void 里AfterANounMeaningInsideIsNoPlace(String text) {
        assertThat(SharedNlp.analyze(text).location()).isNull();
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "公园里有人放风筝挂到了电线上                 | ",
            "滨江公园里有人用大喇叭唱歌                   | 滨江公园",
    })
    void 里AfterAParkIsNotPartOfIt(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "举报 向阳造纸厂宿舍有人在楼顶养鸽子          | 向阳造纸厂宿舍",
            "投诉自来水公司家属院的化粪池满了             | 自来水公司家属院",
            "粮食局家属院门口天天有人卖菜                 | 粮食局家属院",
            "印刷厂宿舍楼道里堆满了纸箱                   | 印刷厂宿舍",
            "印刷厂宿舍楼下天天有人打牌                   | 印刷厂宿舍楼",
    })
    void aWorkUnitsHousingIsAPlace(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest
    @ValueSource(strings = {"学生宿舍楼下天天有人喝酒吵闹", "职工宿舍的热水又停了"})
    void housingOfNoNamedWorkUnitIsNoPlace(String text) {
        assertThat(SharedNlp.analyze(text).location()).isNull();
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "朝阳路三段的井盖被人偷了                     | 朝阳路三段",
            "红枫大道二段晚上有人飙车                     | 红枫大道二段",
            "永丰路第三段的护栏被撞歪了                   | 永丰路第三段",
            "永丰路4段的护栏被撞歪了                      | 永丰路4段",
            "学府路一段和丰收街交叉口红灯坏了             | 学府路一段和丰收街交叉口",
    })
    void aNumberedRoadSectionIsPartOfThePlace(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "城东汽车站西出站口有人拉客                   | 城东汽车站西出站口",
            "植物园南入口停满了三轮车                     | 植物园南入口",
            "南站东出口出租车乱停                         | 南站东出口",
            "玉兰街公交站亭的广告牌掉了一半               | 玉兰街公交站亭",
            "翠竹路公交站台被摊贩占了                     | 翠竹路公交站台",
    })
    void aStationExitOrStopShelterIsPartOfThePlace(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "石榴路沿街的饭馆把桌子摆到路上               | 石榴路",
            "桂花路和竹林路交叉口那家药店门口全是电动车     | 桂花路和竹林路交叉口",
            "青云路这家超市天天占道                       | 青云路",
            "车子全停在人行道上 就在梅岭路上              | 梅岭路",
            "东河沿村北边有人烧秸秆                       | 东河沿村北边",
    })
    void aTrailingWordThatIsNoPlaceIsLeftOut(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "路灯好几天没亮了 就在葵花里东侧              | 葵花里东侧",
            "摆摊的也太多了 榆林里门口那条街晚上走不动     | 榆林里",
            "有辆车天天压着盲道 车牌我拍下来了 就在望湖路上 | 望湖路",
            "早市占道也太严重了 那条街 云栖里门口那条街早上堵死 | 云栖里",
            "垃圾桶全满了 就是中心广场那里                 | 中心广场",
    })
    void aPlaceNamedLateInTheMessageIsFound(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "区妇幼保健院门口的共享单车堆成山了           | 区妇幼保健院",
            "市图书馆门口有人发传单                       | 市图书馆",
            "县第一中学门口天天堵车                       | 县第一中学",
            "市中心医院急诊楼门口有人打架                 | 市中心医院急诊楼",
    })
    void anAdministrativePrefixBelongsToTheInstitution(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest
    @ValueSource(strings = {"那座桥上贴满了小广告", "那座人行天桥上挂满了横幅", "那座立交桥下面有人搭了窝棚", "这座人行天桥的台阶塌了", "那个公园晚上没有灯", "那家超市天天把货堆在门口"})
    void aDemonstrativeWithoutANameIsNoPlace(String text) {
        assertThat(SharedNlp.analyze(text).location()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"请问饭店的油烟可以直接往居民楼排吗", "请问小区里养烈性犬能管吗", "请问学校门口能摆摊吗",
            "想问医院的停车位怎么收费"})
    void anAskingWordBeforeAPlaceTypeNamesNoPlace(String text) {
        assertThat(SharedNlp.analyze(text).location()).isNull();
    }
}
