package org.xieshang.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.SortedSet;
import java.util.TreeSet;

import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.springframework.stereotype.Service;

/**
 * The statutory clocks of ../shared/domain/README.md §4, counted as CC Arts. 201 and 203 say (Periods) on the
 * holiday calendar. BPMN timers call
 * {@link #timerFor} (bean name {@code deadlines}) so that no duration is typed into a model.
 */
@Service("deadlines")
public class DeadlineService {

    private final DeadlineProperties properties;
    private final HolidayCalendar calendar;
    // java.time.Clock: the legal dates' source of "today"; Clock in this package is a statutory clock.
    private final java.time.Clock clock;

    DeadlineService(DeadlineProperties properties, HolidayCalendar calendar, java.time.Clock clock) {
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    public String defaultProvince() {
        return properties.province();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** Today where the law is applied (the deployment's zone, Asia/Shanghai). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    /** The clock as it applies in a province (national default with that province's overrides). */
    public Clock clock(String clockId, String province) {
        Clock clock = properties.clocks().get(clockId);
        if (clock == null) {
            throw new IllegalArgumentException("Unknown statutory clock: " + clockId);
        }
        return clock.overriddenBy(properties.provinces().getOrDefault(province, Map.of()).get(clockId));
    }

    /** Every configured clock, in configuration order, as it applies in the deployment's province. */
    public Map<String, Clock> clocks() {
        Map<String, Clock> all = new LinkedHashMap<>();
        properties.clocks().keySet().forEach(id -> all.put(id, clock(id, defaultProvince())));
        return all;
    }

    public Deadline compute(String clockId, LocalDate start) {
        return compute(clockId, start, defaultProvince());
    }

    public Deadline compute(String clockId, LocalDate start, String province) {
        return compute(clockId, start, province, null);
    }

    /** A clock run for fewer units than its configured length (an extension granted for less than the most). */
    public Deadline compute(String clockId, LocalDate start, String province, Integer length) {
        Clock configured = clock(clockId, province);
        Clock clock = length == null ? configured : configured.withLength(length);
        SortedSet<Integer> withoutNotice = new TreeSet<>();
        LocalDate due = Periods.due(clock, start, province, calendar, withoutNotice);
        return new Deadline(clockId, clock, province, start, due, withoutNotice);
    }

    /**
     * A due date the product already keeps (an event's, a list row's), as a deadline to show: its clock, and whether
     * a year from the start to the due date was counted without the State Council's notice. Nothing is recomputed.
     */
    public Deadline asShown(String clockId, LocalDate start, LocalDate due, String province) {
        Clock clock = clock(clockId, province);
        SortedSet<Integer> withoutNotice = new TreeSet<>();
        for (int year = start == null ? due.getYear() : Math.min(start.getYear(), due.getYear()); year <= due.getYear(); year++) {
            if (!calendar.hasNotice(year, province)) {
                withoutNotice.add(year);
            }
        }
        return new Deadline(clockId, clock, province, start, due, withoutNotice);
    }

    /**
     * A user task's legal deadline, from the clock and start its model names ({@link TaskDeadline}) and the
     * process's variables; empty for a task without one.
     */
    public Optional<Deadline> taskDeadline(BaseElement element, Function<String, Object> variables, String province) {
        Optional<String> clock = TaskDeadline.clockOf(element, variables);
        Optional<Object> start = TaskDeadline.startVariableOf(element).map(variables);
        if (clock.isEmpty() || start.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(compute(clock.get(), toLocalDate(start.get()), province));
    }

    /**
     * The instant a BPMN timer fires: the start of the day after the due date, when the period has run out.
     * {@code start} may be a Date, an Instant, a LocalDate, a zoned/offset date-time or an ISO date string.
     */
    public Date timerFor(String clockId, Object start) {
        return timerFor(clockId, start, defaultProvince());
    }

    public Date timerFor(String clockId, Object start, String province) {
        return endOf(compute(clockId, toLocalDate(start), province));
    }

    /** The last instant of the deadline's due day; a task's due date and a timer both use it. */
    public Date endOf(Deadline deadline) {
        return startOf(deadline.due().plusDays(1));
    }

    /** A day as the process variable that names a clock's start (the start of that day in the deployment's zone). */
    public Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone()).toInstant());
    }

    public LocalDate toLocalDate(Object value) {
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(zone()).toLocalDate();
        }
        if (value instanceof Instant i) {
            return i.atZone(zone()).toLocalDate();
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(zone()).toLocalDate();
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(zone()).toLocalDate();
        }
        if (value instanceof String s) {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        }
        throw new IllegalArgumentException("Not a date: " + value);
    }
}
