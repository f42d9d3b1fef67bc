package org.xieshang.system;

import java.util.regex.Pattern;

/** How people are reached outside the portal: a mobile number and an e-mail address, as forms and imports accept them. */
public final class ContactDetails {

    public static final int EMAIL_LENGTH = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** A mainland mobile (11 digits from 1) or an international number with its + and country code. */
    private static final Pattern MOBILE = Pattern.compile("1\\d{10}|\\+\\d{6,19}");

    private ContactDetails() {
    }

    /** The number without the spaces and dashes people type; empty when none was given. */
    public static String mobile(String typed) {
        return typed == null ? "" : typed.replace(" ", "").replace("-", "");
    }

    public static String email(String typed) {
        return typed == null ? "" : typed.trim();
    }

    /** Whether a normalised mobile is empty or plausible. */
    public static boolean validMobile(String mobile) {
        return mobile.isEmpty() || MOBILE.matcher(mobile).matches();
    }

    public static boolean validEmail(String email) {
        return email.length() <= EMAIL_LENGTH && (email.isEmpty() || EMAIL.matcher(email).matches());
    }
}
