package org.xieshang.enterprise;

/**
 * GB 32100-2015 统一社会信用代码: 18 characters from a 31-character alphabet (no I, O, S, V, Z); the last is a
 * check character over the first 17 with weights 3^i mod 31.
 */
public final class UnifiedSocialCreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** Well formed, the check character right, and not one character repeated (000000000000000000 checks out). */
    public static boolean isValid(String code) {
        return wellFormed(code) && code.charAt(17) == checkCharacter(code.substring(0, 17))
                && code.chars().distinct().count() > 1;
    }

    /** 18 characters of the alphabet, whatever the check character. */
    public static boolean wellFormed(String code) {
        return code != null && code.length() == 18 && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("17 characters expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Not a GB 32100 character: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
