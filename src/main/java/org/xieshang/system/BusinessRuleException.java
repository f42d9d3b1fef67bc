package org.xieshang.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Input that breaks one or more rules. Each violation carries a message key and arguments rendered in the
 * user's language, and the form field (if any) where a form shows it. Thrown before anything is saved.
 */
public class BusinessRuleException extends RuntimeException {

    public record Violation(String field, String messageKey, Object... arguments) implements java.io.Serializable {
    }

    private final transient List<Violation> violations;

    public BusinessRuleException(String field, String messageKey, Object... arguments) {
        this(List.of(new Violation(field, messageKey, arguments)));
    }

    public BusinessRuleException(List<Violation> violations) {
        super(violations.get(0).messageKey());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** Collects every broken rule of one input so the user sees them all at once. */
    public static final class Collector {

        private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

        private final List<Violation> violations = new ArrayList<>();

        public Collector check(boolean holds, String field, String messageKey, Object... arguments) {
            if (!holds) {
                violations.add(new Violation(field, messageKey, arguments));
            }
            return this;
        }

        /**
         * Text that fits its column: at most {@code max} characters after trimming (blank counts as absent here;
         * a required field checks that on its own). The message names the field by its label in the user's language.
         */
        public Collector fits(String value, int max, String field, String labelKey) {
            return check(value == null || value.trim().length() <= max, field, "input.tooLong",
                    new DefaultMessageSourceResolvable(labelKey), max, value == null ? 0 : value.trim().length());
        }

        /** A sum of money in yuan: positive, at most two decimals, at most {@code max}; null counts as absent. */
        public Collector money(BigDecimal value, BigDecimal max, String field, String labelKey) {
            return check(value == null || (value.signum() > 0 && value.stripTrailingZeros().scale() <= 2 && value.compareTo(max) <= 0),
                    field, "input.money", new DefaultMessageSourceResolvable(labelKey), max.toPlainString());
        }

        /** A percentage from 0 to 100 with at most two decimals; null counts as absent. */
        public Collector percent(BigDecimal value, String field, String labelKey) {
            return check(value == null || (value.signum() >= 0 && value.stripTrailingZeros().scale() <= 2
                            && value.compareTo(HUNDRED) <= 0), field, "input.percent", new DefaultMessageSourceResolvable(labelKey));
        }

        /** What was broken so far, for a caller that reports it otherwise (a row of an imported file). */
        public List<Violation> violations() {
            return List.copyOf(violations);
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new BusinessRuleException(violations);
            }
        }
    }
}
