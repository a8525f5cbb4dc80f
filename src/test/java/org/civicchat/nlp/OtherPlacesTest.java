package org.civicchat.nlp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OtherPlacesTest {

    @ParameterizedTest
    @ValueSource(strings = {"隔壁市创城排第几", "省城的灯光秀几点开始", "別的城市也這樣分垃圾嗎"})
    void aQuestionAboutAnotherCityNamesIt(String question) {
        assertThat(OtherPlaces.shared().named(question)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"外地人能当志愿者吗", "本区创城排第几", "外省来的游客能看光影秀吗"})
    void aQuestionAboutThisDistrictNamesNone(String question) {
        assertThat(OtherPlaces.shared().named(question)).isEmpty();
    }
}
