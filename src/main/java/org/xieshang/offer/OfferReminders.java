package org.xieshang.offer;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.xieshang.deadlines.DeadlineService;

/**
 * When the employer is reminded of the 20-day answer: a configurable number of days before the due date
 * (xieshang.offer.reminders, default 5 and 1), in the morning. Called by the model's reminder timers, so
 * public: the expression language only calls public classes.
 */
@Component("offerReminders")
public class OfferReminders {

    private final DeadlineService deadlines;
    private final int firstDaysBefore;
    private final int lastDaysBefore;
    private final int hour;

    OfferReminders(DeadlineService deadlines, @Value("${xieshang.offer.reminders.first-days-before:5}") int firstDaysBefore,
                   @Value("${xieshang.offer.reminders.last-days-before:1}") int lastDaysBefore,
                   @Value("${xieshang.offer.reminders.hour:9}") int hour) {
        this.deadlines = deadlines;
        this.firstDaysBefore = firstDaysBefore;
        this.lastDaysBefore = lastDaysBefore;
        this.hour = hour;
    }

    public Date first(Object offerReceivedOn, String province) {
        return daysBeforeDue(offerReceivedOn, province, firstDaysBefore);
    }

    public Date last(Object offerReceivedOn, String province) {
        return daysBeforeDue(offerReceivedOn, province, lastDaysBefore);
    }

    private Date daysBeforeDue(Object offerReceivedOn, String province, int days) {
        LocalDate due = deadlines.compute(OfferService.RESPONSE_CLOCK, deadlines.toLocalDate(offerReceivedOn), province).due();
        return Date.from(due.minusDays(days).atTime(hour, 0).atZone(deadlines.zone()).toInstant());
    }
}
