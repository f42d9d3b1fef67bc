package org.xieshang.system;

import java.util.ArrayList;
import java.util.List;

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

        private final List<Violation> violations = new ArrayList<>();

        public Collector check(boolean holds, String field, String messageKey, Object... arguments) {
            if (!holds) {
                violations.add(new Violation(field, messageKey, arguments));
            }
            return this;
        }

        public void throwIfAny() {
            if (!violations.isEmpty()) {
                throw new BusinessRuleException(violations);
            }
        }
    }
}
