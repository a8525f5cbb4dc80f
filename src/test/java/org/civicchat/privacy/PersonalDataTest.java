package org.civicchat.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalDataTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            电话13812345678请回电               | 电话138****5678请回电
            电话138 1234 5678请回电             | 电话138****5678请回电
            电话138-1234-5678请回电             | 电话138****5678请回电
            电话138.1234.5678                  | 电话138****5678
            电话１３８１２３４５６７８请回电       | 电话138****5678请回电
            电话１３８　１２３４　５６７８         | 电话138****5678
            手机+86 138 1234 5678              | 手机+86 138****5678
            手机+8613812345678                 | 手机+86138****5678
            手机(+86)139-8765-4321             | 手机(+86)139****4321
            座机010-12345678找物业              | 座机010-******78找物业
            座机0371 6688 1234                 | 座机0371-******34
            座机(021)62345678                  | 座机021-******78
            座机０１０－８８７７６６５５          | 座机010-******55
            身份证110105199001010023           | 身份证110105********0023
            身份证11010519900101002X本人        | 身份证110105********002X本人
            身份证41010219851230123x            | 身份证410102********123x
            卡号6222 0212 3456 7890 123         | 卡号6222***********0123
            卡号6222021234567890               | 卡号6222********7890
            卡号6222-0212-3456-7890            | 卡号6222********7890
            邮箱zhangwei@example.com            | 邮箱z***@example.com
            邮箱 wang.fang_88@mail.example.cn 联系 | 邮箱 w***@mail.example.cn 联系
            邮箱13812345678@qq.com              | 邮箱1***@qq.com
            """)
    void masksPersonalNumbersInEveryWritingOfThem(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            我叫张伟，住在幸福路88号，电话138 1234 5678       | 我叫张*，住在幸福路88号，电话138****5678
            联系人王芳，有事找她                              | 联系人王*，有事找她
            我是李秀英，反映一下长安路的问题                    | 我是李**，反映一下长安路的问题
            小区物业经理孙红梅不作为                          | 小区物业经理孙**不作为
            文明办的同志你们好，我是居民马丽                    | 文明办的同志你们好，我是居民马*
            请联系赵六处理，工单WM20261125-0007               | 请联系赵*处理，工单WM20261125-0007
            """)
    void masksPersonNamesAndKeepsTheRest(String text, String masked) {
        assertThat(PersonalData.mask(text)).isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            张家湾小区3号楼门口垃圾堆了三天没人管
            幸福路和解放路交叉口红绿灯坏了
            市民反映金水路上井盖缺失
            王府井大街有人乱摆摊
            社区的刘主任说会处理，但是没人来
            向阳小区的周师傅说明天来修
            工单WM20261125-0007什么时候处理
            我的工单是WM20261125-0007和WM20261201-1234
            青年路88号楼下，2026-11-25 08:30开始施工
            2026年11月25日上午9点，1号楼2单元301室
            晚上22:30到次日06:00一直有噪音
            罚款200元，共1500平方米，车牌豫A12345
            订单号20261125083012，金额1380.50元
            距离3.5公里，楼高28层，住了88户
            """)
    void leavesTicketNumbersHouseNumbersDatesTimesAndPlacesAlone(String text) {
        assertThat(PersonalData.mask(text)).isEqualTo(text);
    }

    @Test
    void masksEveryKindInOneComplaint() {
        String text = "我叫王建华，身份证410105198803151234，手机138 1234 5678，家里座机0371-66881234，"
                + "邮箱wjh@example.com，住在张家湾小区8号楼。";
        assertThat(PersonalData.mask(text)).isEqualTo("我叫王**，身份证410105********1234，手机138****5678，"
                + "家里座机0371-******34，邮箱w***@example.com，住在张家湾小区8号楼。");
    }

    @Test
    void nullAndEmptyStayAsTheyAre() {
        assertThat(PersonalData.mask(null)).isNull();
        assertThat(PersonalData.mask("")).isEmpty();
    }

    @Test
    void masksOpenidsToTheirEnds() {
        assertThat(PersonalData.openid("oAbCdEfGhIjKlMnOpQ9")).isEqualTo("oAbC…OpQ9");
        assertThat(PersonalData.openid("short")).isEqualTo("***");
    }
}
