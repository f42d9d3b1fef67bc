package org.xieshang.congress;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hall's sign-in code: six digits derived from the session's secret and the current window of
 * {@code rotateMinutes}, so a code photographed off the screen is useless a few minutes later and one seen from home
 * never was. The code of the window just ended still counts, for a delegate typing while it turns.
 */
@Component
class SignInCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration window;

    SignInCodes(Clock clock, @Value("${xieshang.congress.sign-in-code-minutes}") int rotateMinutes) {
        this.clock = clock;
        this.window = Duration.ofMinutes(rotateMinutes);
    }

    /** A new session's secret. */
    static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    String current(CongressSession s) {
        return code(s, windowNo());
    }

    /** Seconds until the code shown now turns. */
    long secondsLeft() {
        long seconds = window.toSeconds();
        return seconds - clock.instant().getEpochSecond() % seconds;
    }

    boolean matches(CongressSession s, String typed) {
        if (typed == null) {
            return false;
        }
        String code = typed.trim();
        long now = windowNo();
        return code.equals(code(s, now)) || code.equals(code(s, now - 1));
    }

    private long windowNo() {
        return clock.instant().getEpochSecond() / window.toSeconds();
    }

    private static String code(CongressSession s, long windowNo) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(s.signInSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] h = mac.doFinal((s.id() + ":" + windowNo).getBytes(StandardCharsets.UTF_8));
            int value = ((h[0] & 0x7f) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
            return String.format("%06d", value % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
