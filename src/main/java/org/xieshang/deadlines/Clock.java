package org.xieshang.deadlines;

import org.xieshang.system.Localized;

/**
 * One statutory clock as configured (application.yaml, xieshang.deadlines.clocks). A province override
 * carries only the fields it changes, so every field may be null there.
 */
public record Clock(Localized name, Integer length, Unit unit, Direction direction, Localized starts,
                    Localized citation, Localized summary) {

    public enum Unit { CALENDAR_DAYS, WORKING_DAYS, MONTHS }

    /** AFTER: the period runs from an event. BEFORE: the latest day ahead of an event (a notice, a data request). */
    public enum Direction { AFTER, BEFORE }

    Clock overriddenBy(Clock o) {
        if (o == null) {
            return this;
        }
        return new Clock(o.name != null ? o.name : name, o.length != null ? o.length : length, o.unit != null ? o.unit : unit,
                o.direction != null ? o.direction : direction, o.starts != null ? o.starts : starts,
                o.citation != null ? o.citation : citation, o.summary != null ? o.summary : summary);
    }

    Clock withLength(int days) {
        return new Clock(name, days, unit, direction, starts, citation, summary);
    }

    /** "20 日", "15 个工作日", "提前 7 日" and their English forms. */
    public Localized lengthText() {
        String zhUnit = switch (unit) {
            case CALENDAR_DAYS -> " 日";
            case WORKING_DAYS -> " 个工作日";
            case MONTHS -> " 个月";
        };
        String enUnit = switch (unit) {
            case CALENDAR_DAYS -> length == 1 ? " day" : " days";
            case WORKING_DAYS -> length == 1 ? " working day" : " working days";
            case MONTHS -> length == 1 ? " month" : " months";
        };
        boolean before = directionOrDefault() == Direction.BEFORE;
        return new Localized((before ? "提前 " : "") + length + zhUnit, length + enUnit + (before ? " before" : ""));
    }

    public Direction directionOrDefault() {
        return direction == null ? Direction.AFTER : direction;
    }
}
