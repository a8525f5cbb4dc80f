package org.civicchat.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionFormTest {

    @ParameterizedTest
    @ValueSource(strings = {"小区里能养鸡不", "遛狗要牵绳吗", "垃圾分类分哪几类", "谁负责管路灯", "有没有什么补贴", "这种情况找谁",
            "什么时候开始测评", "有几个志愿服务项目？", "楼道里能放电动车吗", "罚不罚款",
            "小广告平时是咋整治的", "闯一次红灯扣几分", "有人问我知不知道垃圾分类 我该咋回答"})
    void aQuestionIsWordedAsOne(String text) {
        assertThat(QuestionForm.asks(TextNormalizer.normalize(text))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"小区新修的健身角好得不得了", "逛了一圈买了几个书签", "青年路的路灯坏了好几天了", "怎么还没人管", "不知道是谁扔的一堆砖头", "也没见有什么施工手续就开挖了",
            "车道线磨没了 晚上看不清该走哪个道", "有几个小孩在石雕上乱刻乱画", "楼道里堆满了纸箱什么的",
            "这片绿地没什么人打理 草都枯了", "门口那条路谁都能乱停车", "那几家店把桌子摆到了人行道上",
            "水箱多久没洗了 水都是黄的", "柳絮满天飞 能不能治一治", "门口垃圾堆成山了 咋整啊", "车乱停一气 啥素质啊",
            "人行道上全是摊子 老人咋走啊"})
    void aStatementWithAQuestionWordUsedAsAnIndefiniteIsNoQuestion(String text) {
        assertThat(QuestionForm.asks(TextNormalizer.normalize(text))).isFalse();
    }
}
