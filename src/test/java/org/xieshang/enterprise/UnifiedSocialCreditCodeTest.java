package org.xieshang.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91330100716105852F", "9144030071526726XG", "91640100MA76XJ5175"})
    void codes_from_public_business_licences_and_the_demo_pass(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @Test
    void every_single_character_typo_is_caught() {
        String valid = "91330100716105852F";
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        for (int i = 0; i < 18; i++) {
            for (char c : alphabet.toCharArray()) {
                if (c != valid.charAt(i)) {
                    String typo = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertThat(UnifiedSocialCreditCode.isValid(typo)).as(typo).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9133010071610585", "91330100716105852FF", "9133010071610585IF", "91330100716105852f"})
    void malformed_codes_fail(String code) {
        assertThat(UnifiedSocialCreditCode.wellFormed(code)).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000000000000", "111111111111111111", "AAAAAAAAAAAAAAAAAA"})
    void one_character_repeated_is_no_code_even_where_its_check_character_agrees(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }
}
