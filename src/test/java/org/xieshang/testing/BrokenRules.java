package org.xieshang.testing;

import java.util.List;

import org.xieshang.system.BusinessRuleException;

/** For tests of rules on their own: the message keys a collector gathered, in order; none when every rule held. */
public final class BrokenRules {

    private BrokenRules() {
    }

    public static List<String> keys(BusinessRuleException.Collector rules) {
        try {
            rules.throwIfAny();
            return List.of();
        } catch (BusinessRuleException e) {
            return e.violations().stream().map(BusinessRuleException.Violation::messageKey).toList();
        }
    }
}
