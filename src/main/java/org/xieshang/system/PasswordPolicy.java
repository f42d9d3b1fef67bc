package org.xieshang.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (configuration, xieshang.password): long enough, of enough kinds of character, not the
 * user id; that it repeats none of the user's last passwords is checked by {@link Passwords}, which keeps them.
 */
@Component
class PasswordPolicy {

    /** Longer is refused before anything is hashed: BCrypt reads at most 72 bytes. */
    static final int MAX_LENGTH = 64;

    private final int minLength;
    private final int kinds;
    private final int history;

    PasswordPolicy(@Value("${xieshang.password.min-length:8}") int minLength, @Value("${xieshang.password.kinds:3}") int kinds,
                   @Value("${xieshang.password.history:5}") int history) {
        this.minLength = minLength;
        this.kinds = kinds;
        this.history = history;
    }

    /** Adds the rules the password breaks for this user to {@code rules} (field {@code password}). */
    void check(String userId, String password, BusinessRuleException.Collector rules) {
        rules.check(password.length() >= minLength, "password", "password.tooShort", minLength);
        rules.check(password.length() <= MAX_LENGTH, "password", "password.tooLong", MAX_LENGTH);
        rules.check(kinds(password) >= kinds, "password", "password.kinds", kinds);
        rules.check(!password.toLowerCase().contains(userId.toLowerCase()), "password", "password.userId");
    }

    /** Of lower case, upper case, digits and any other character (a symbol, a Chinese character), how many it uses. */
    static int kinds(String password) {
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLowerCase(c) && !Character.isUpperCase(c) && !Character.isDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    int minLength() {
        return minLength;
    }

    int kinds() {
        return kinds;
    }

    int history() {
        return history;
    }
}
