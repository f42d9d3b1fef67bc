package org.xieshang.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The legal "today" in tests: the real time unless a test sets a day (and resets it afterwards), so a
 * scenario can start on a day whose deadline crosses a holiday.
 */
public class TestClock extends Clock {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private volatile Instant fixed;

    public void setToday(LocalDate day) {
        fixed = day.atTime(10, 0).atZone(CHINA).toInstant();
    }

    /** An exact moment, for rules counted in minutes (a login lock). */
    public void setNow(Instant now) {
        fixed = now;
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return CHINA;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        Instant f = fixed;
        return f != null ? f : Instant.now();
    }

    @Configuration
    static class Config {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
