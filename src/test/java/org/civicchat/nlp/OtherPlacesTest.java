package org.civicchat.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OtherPlacesTest {

    @ParameterizedTest
    @ValueSource(strings = {"隔壁市创城排第几", "省城的灯光秀几点开始", "別的城市也這樣分垃圾嗎",
            "成都东郊有什么好玩的地方", "去北京西单逛一天怎么安排"})
    void aQuestionAboutAnotherCityNamesIt(String question) {
        assertThat(OtherPlaces.shared().named(question)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"外地人能当志愿者吗", "本区创城排第几", "外省来的游客能看光影秀吗",
            "北京西路晚上能摆摊吗", "南京东路口的红绿灯坏了怎么报"})
    void aQuestionAboutThisDistrictNamesNone(String question) {
        assertThat(OtherPlaces.shared().named(question)).isEmpty();
    }
}
