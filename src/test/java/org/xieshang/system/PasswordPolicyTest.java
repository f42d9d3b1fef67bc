package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.xieshang.testing.BrokenRules;

/** The policy's rules on their own: length, kinds of character, the user id. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(8, 3, 5);

    private List<String> broken(String userId, String password) {
        BusinessRuleException.Collector rules = new BusinessRuleException.Collector();
        policy.check(userId, password, rules);
        return BrokenRules.keys(rules);
    }

    @Test
    void a_password_of_eight_characters_and_three_kinds_without_the_user_id_is_accepted() {
        assertThat(broken("xjs.hr", "Xieshang2026")).isEmpty();
        assertThat(broken("xjs.hr", "协商密码abc12")).as("Chinese counts as another kind").isEmpty();
    }

    @Test
    void each_broken_rule_is_named() {
        assertThat(broken("xjs.hr", "Ab1")).containsExactly("password.tooShort");
        assertThat(broken("xjs.hr", "abcdefgh1")).containsExactly("password.kinds");
        assertThat(broken("xjs.hr", "XJS.HR-2026a")).containsExactly("password.userId");
        assertThat(broken("xjs.hr", "Aa1" + "x".repeat(70))).containsExactly("password.tooLong");
        assertThat(broken("xjs.hr", "")).containsExactly("password.tooShort", "password.kinds");
    }

    @Test
    void kinds_are_lower_upper_digits_and_the_rest() {
        assertThat(PasswordPolicy.kinds("abc")).isEqualTo(1);
        assertThat(PasswordPolicy.kinds("aB3")).isEqualTo(3);
        assertThat(PasswordPolicy.kinds("aB3!")).isEqualTo(4);
    }
}
