package org.civicchat.wechat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EncryptModeSettingsTest {

    private static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    @ParameterizedTest(name = "mode \"{0}\" with key \"{1}\" is {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            null        | key  | SAFE
            ''          | key  | SAFE
            null        | ''   | PLAIN
            null        | null | PLAIN
            plain       | key  | PLAIN
            compatible  | key  | COMPATIBLE
            ' Safe '    | key  | SAFE
            plain       | ''   | PLAIN
            """)
    void theModeDefaultsToSafeWhenAnAesKeyIsSet(String mode, String key, EncryptMode expected) {
        assertThat(EncryptMode.resolve(mode, "key".equals(key) ? KEY : key)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "mode \"{0}\" with key \"{1}\" is refused")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            aes         | key  | plain, compatible or safe
            明文        | key  | plain, compatible or safe
            safe        | ''   | needs WECHAT_AES_KEY
            compatible  | null | needs WECHAT_AES_KEY
            """)
    void anUnknownModeOrAnEncryptedModeWithoutKeyIsAConfigurationError(String mode, String key, String message) {
        assertThatThrownBy(() -> EncryptMode.resolve(mode, "key".equals(key) ? KEY : key))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }
}
