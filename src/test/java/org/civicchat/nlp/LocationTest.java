package org.civicchat.nlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The location span rules of shared/data/README.md, in sentences of our own. */
class LocationTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "振兴路上有个大坑                            | 振兴路",
            "青年路和解放路交叉口西南角的红绿灯不亮        | 青年路和解放路交叉口西南角",
            "锦绣家园6号楼2单元电梯坏了                  | 锦绣家园6号楼2单元",
            "青年路88号门口摆摊的太多了                   | 青年路88号",
            "文化路45号院里有人私搭乱建                   | 文化路45号院",
            "人民公园北门的厕所太脏了                     | 人民公园北门",
            "地铁2号线文化宫站C口有人发小广告              | 地铁2号线文化宫站C口",
            "文化宫公交站的站牌歪了                       | 文化宫公交站",
            "中心医院门诊大厅有人抽烟                     | 中心医院门诊大厅",
            "滨河公园儿童游乐区有人遛狗不拴绳              | 滨河公园儿童游乐区",
            "枫林小区底商那家烧烤店油烟太大                | 枫林小区底商",
            "建设路东段的井盖丢了                         | 建设路东段",
            "火车站广场东侧有黑车拉客                     | 火车站广场东侧",
            "桃园小区南边的绿化带被人种了菜                | 桃园小区南边",
            "实验小学门口早上堵车                         | 实验小学",
            "市二中门口天天有人摆摊                       | 市二中",
            "和平路菜市场后面的垃圾没人清                  | 和平路菜市场",
            "在建设路站等了半小时公交都没来                | 建设路站",
            "金桥路旁边的工地半夜施工                     | 金桥路",
            "望江小区附近有人烧烤                         | 望江小区",
            "星光广场对面的路灯坏了                       | 星光广场",
            "东湖路那一段路灯全黑了                       | 东湖路",
            "阳光路那个路口红绿灯坏了                     | 阳光路",
            "锦江花园的3号楼楼道灯坏了                    | 锦江花园的3号楼",
    })
    void locationIsThePlaceSpanAsTheRulesDefineIt(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    /** Names no dictionary of ours holds, found by their kind of place (a trade alone, 烧烤店, is none of them). */
    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "希望小学围墙上被人喷了电话号码              | 希望小学",
            "育英中学门口天天堵车                        | 育英中学",
            "松涛路夜市的摊子摆到了车道上                | 松涛路夜市",
            "槐荫街早市把路全占了                        | 槐荫街早市",
            "幸福街心花园的长椅断了                      | 幸福街心花园",
            "清溪河步道边上漂着塑料瓶                    | 清溪河步道",
            "南山冷库批发市场半夜卸货的叉车一直按喇叭      | 南山冷库批发市场",
            "桃源公园东侧草坪上有人烧烤                  | 桃源公园东侧草坪",
            "每到这个时候梧桐大道上全是飞絮              | 梧桐大道",
            "东关街道办事处门前的地砖碎了                | 东关街道办事处",
            "市民中心服务大厅的空调漏水                  | 市民中心服务大厅",
            "货车一直停在盲道上，在建设路和长春街路口     | 建设路和长春街路口",
            "有人把街心花园的草挖了，就在梧桐路12号旁边   | 梧桐路12号",
            // a venue with a name of its own; roads on verbs, ring roads, numbered hospitals, house numbers
            "老刘烧烤店的桌子摆满了人行道               | 老刘烧烤店",
            "晚上王记饺子馆的油烟呛得人睁不开眼          | 王记饺子馆",
            "红枫寺后墙上有人乱涂乱画                  | 红枫寺",
            "跃进路26号住户私自扩建                    | 跃进路26号",
            "那个西三环辅路上经常有人逆行               | 西三环辅路",
            "区一院门诊楼前面停满了车                  | 区一院门诊楼",
            "就是丽景华庭旁边那个工地天天夜里施工        | 丽景华庭",
            "和平路17号楼下停了辆报废车                | 和平路17号",
            "长江路9号门前的树倒了                     | 长江路9号",
            "蓝湾小区3号楼下面的垃圾没人收              | 蓝湾小区3号楼",
            // a name HanLP does not know splits into characters; a name's 家; one name before a suffix of its own
            "旺来顺火锅店把桌子摆到了路上               | 旺来顺火锅店",
            "乐又来超市门口的喇叭一直响                 | 乐又来超市",
            "老张家面馆油烟熏人                        | 老张家面馆",
            "银河KTV半夜还在唱                         | 银河KTV",
            // compounds ending in 湾, 名苑, 天地; the way into a village or lane; a river's section; sub-areas
            "富源湾的二次供水有怪味                     | 富源湾",
            "锦华名苑6号楼楼道灯坏了                    | 锦华名苑6号楼",
            "万达天地门口车停得乱七八糟                 | 万达天地",
            "槐树巷巷口堆满了建筑垃圾                   | 槐树巷",
            "白沙河铁桥段漂着死鱼                      | 白沙河铁桥段",
            "县图书馆阅览室有人大声打电话               | 县图书馆阅览室",
            "阳光城三期工地半夜还在打桩                 | 阳光城三期工地",
            "北站出租车候客区有人插队                   | 北站出租车候客区",
    })
    void aPlaceOfAKnownKindIsFoundByItsKind(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest
    @ValueSource(strings = {"街心花园的路灯不亮", "夜市的摊子太多了", "希望小学能管管门口的小摊", "小区门口的快递车堵着路",
            "门口那辆车占了路", "有人开着车把瓜子壳扔到马路上", "站牌上的字看不清几路车",
            "我也不知道叫啥路", "那条街叫啥街来着", "水果店把货摆到人行道上了", "楼下川菜馆油烟太大", "那家烧烤店天天烟熏火燎", "汽车修理店在路边喷漆",
            "我去超市买东西看到门口堆满垃圾", "很多超市门口都乱停车", "一家超市门口天天堵", "新开的火锅店油烟很大"})
    void aGenericKindOfPlaceOrAWishIsNoLocation(String text) {
        assertThat(SharedNlp.analyze(text).location()).isNull();
    }

    @Test
    void trailingRelativeWordIsLeftOutOfLocation() {
        assertThat(SharedNlp.analyze("实验小学门口的车乱停").location()).isEqualTo("实验小学");
        assertThat(SharedNlp.analyze("解放路上全是共享单车").location()).isEqualTo("解放路");
        assertThat(SharedNlp.analyze("城南农贸市场里面污水横流").location()).isEqualTo("城南农贸市场");
    }

    @Test
    void floorIsLeftOutOfLocation() {
        assertThat(SharedNlp.analyze("幸福小区5号楼一楼有人飞线充电").location()).isEqualTo("幸福小区5号楼");
    }

    @Test
    void trailingPossessiveIsLeftOutOfLocation() {
        assertThat(SharedNlp.analyze("长江路32号的饭店把桌子摆到人行道上").location()).isEqualTo("长江路32号");
    }

    @ParameterizedTest
    @ValueSource(strings = {"那个大叔一路走一路扔烟头", "我家楼下的垃圾桶满了", "我们小区的电梯坏了", "小区门口有人摆摊", "这条路的路灯不亮",
            "马路上有个大坑", "隔壁小区天天放音乐", "12路公交车班次太少", "楼道里堆满了杂物", "希望社区管管楼上扔垃圾的"})
    void vaguePlaceGivesNoLocation(String text) {
        assertThat(SharedNlp.analyze(text).location()).isNull();
    }

    @Test
    void locationKeepsTraditionalCharactersAsTyped() {
        assertThat(SharedNlp.analyze("長安路北段的路燈全黑了").location()).isEqualTo("長安路北段");
    }

    @Test
    void locationKeepsFullWidthDigitsAsTyped() {
        assertThat(SharedNlp.analyze("光明路３２號門口堆了建築垃圾").location()).isEqualTo("光明路３２號");
    }

    @Test
    void locationIsFoundBehindEmojiAndSpaces() {
        Analysis analysis = SharedNlp.analyze("😡😡 青年路 的井盖没了");
        assertThat(analysis.location()).isEqualTo("青年路");
    }

    @Test
    void gazetteerLandmarkIsAPlaceWithoutASuffix() {
        assertThat(SharedNlp.analyze("体育馆门口乱停车").location()).isEqualTo("体育馆");
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "北坝街有个井盖没盖好                         | 北坝街",
            "西岗村东头的河沟里全是垃圾                    | 西岗村东头",
    })
    void compassCharacterAtTheStartBelongsToTheName(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "早高峰城南东路堵得走不动                       | 城南东路",
            "上午高峰期环湖西路全是车                       | 环湖西路",
            "每天晚上世纪大道上都有人飙车                   | 世纪大道",
    })
    void roadNameBeforeACompassSuffixStopsAtTimeWords(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "沿江高速上有人往外扔垃圾                       | 沿江高速",
            "外环高架上有人开车打电话                       | 外环高架",
            "青山水库边上有人钓鱼还烧烤                     | 青山水库",
    })
    void expresswaysAndReservoirsArePlaces(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @Test
    void compoundNameBeforeABuildingNumberIsAPlaceWithoutASuffix() {
        assertThat(SharedNlp.analyze("凯旋门5栋楼道堆满了杂物，物业一直没人管").location()).isEqualTo("凯旋门5栋");
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "绿城超市装卸区天天半夜卸货                     | 绿城超市装卸区",
            "滨江公园烧烤区垃圾没人收                       | 滨江公园烧烤区",
    })
    void namedSubAreaEndingIn区ExtendsThePlace(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
            "幸福小区北门外马路边全是垃圾                   | 幸福小区北门",
            "振兴街北段路边停了辆废车                       | 振兴街北段",
    })
    void genericRoadWordAfterAPlaceDoesNotExtendIt(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @Test
    void localiserBeforeAGenericRoadWordIsNoPlace() {
        assertThat(SharedNlp.analyze("推车只能下马路走，人行道全被占了").location()).isNull();
    }

    @Test
    void roofOfAHouseNumberIsTheHouseNumberButTopFloorOfABuildingIsTheBuilding() {
        assertThat(SharedNlp.analyze("人民路25号楼顶有人搭棚子").location()).isEqualTo("人民路25号");
        assertThat(SharedNlp.analyze("锦苑小区8号楼顶楼漏水").location()).isEqualTo("锦苑小区8号楼");
        assertThat(SharedNlp.analyze("松柏苑5号楼顶层有人搭了彩钢棚").location()).isEqualTo("松柏苑5号楼");
    }

    @ParameterizedTest
    @CsvSource({
        "树枝都伸到我家窗户里了 一直没人修剪",
        "油烟全往屋子里钻 窗户都不敢开",
        "柳絮往鼻子里钻 出门难受",
    })
    void aPartOfAHomeOrABodyBeforeIsNoLane(String text) {
        assertThat(SharedNlp.analyze(text).location()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "白鹭湖公园北岸有人在水里洗拖把, 白鹭湖公园北岸",
        "银河大厦大堂里有人抽烟, 银河大厦大堂",
    })
    void aLakesShoreAndABuildingsLobbyStayWithTheirPlace(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest
    @CsvSource({
        "建新路的井盖丢了, 建新路",
        "在求新路上有人乱扔垃圾, 求新路",
        "滨江步道的路灯不亮, 滨江步道",
        "翠湖新城东侧的工地天天半夜施工, 翠湖新城东侧",
    })
    void aRoadNameSplitIntoCharactersAndAGreenwayOrNewTownArePlaces(String text, String location) {
        assertThat(SharedNlp.analyze(text).location()).isEqualTo(location);
    }

    @ParameterizedTest
    @ValueSource(strings = {"整条路都是垃圾", "半条街都被占了", "这条新路的路灯不亮", "健身步道上的灯坏了"})
    void howMuchOfARoadOrAGenericPathIsNoPlace(String text) {
        assertThat(SharedNlp.analyze(text).location()).isNull();
    }
}
