package org.xieshang.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** What the next page says after a step: its notice when it held, the rule or the race when it did not. */
class FlashTest {

    @Test
    void a_step_that_held_flashes_its_notice_and_returns_its_result() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        assertThat(Flash.outcome(redirect, "notice.offerSent", () -> 42L)).contains(42L);
        assertThat(redirect.getFlashAttributes().get("notice")).isEqualTo("notice.offerSent");
        assertThat(redirect.getFlashAttributes()).doesNotContainKey("errors");
    }

    @Test
    void a_broken_rule_flashes_the_rule_and_no_notice() {
        RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
        assertThat(Flash.attempt(redirect, "notice.offerSent", () -> {
            throw new BusinessRuleException("closesOn", "campaign.closesOn.window");
        })).isFalse();
        assertThat(messageKeys(redirect)).containsExactly("campaign.closesOn.window");
        assertThat(redirect.getFlashAttributes()).doesNotContainKey("notice");
    }

    @Test
    void a_lost_race_or_a_case_held_too_long_by_another_step_reads_as_a_concurrent_change() {
        for (RuntimeException lost : List.of(new OptimisticLockingException("engine"), new CannotAcquireLockException("row"),
                new QueryTimeoutException("Timeout trying to lock table"))) {
            RedirectAttributesModelMap redirect = new RedirectAttributesModelMap();
            assertThat(Flash.attempt(redirect, "notice.contractSigned", () -> {
                throw lost;
            })).as(lost.getClass().getSimpleName()).isFalse();
            assertThat(messageKeys(redirect)).containsExactly("step.concurrent");
        }
    }

    private static List<String> messageKeys(RedirectAttributesModelMap redirect) {
        return ((List<?>) redirect.getFlashAttributes().get("errors")).stream()
                .map(v -> ((BusinessRuleException.Violation) v).messageKey()).toList();
    }
}
